package dev.gantry.knowledge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.knowledge.AtomType;
import dev.gantry.knowledge.OnnxEmbedder;
import dev.gantry.knowledge.extract.Extractor;
import dev.gantry.knowledge.score.MessageScorer;
import dev.gantry.knowledge.score.ScorerExemplars;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The evaluator itself, with a scripted model answering from the labeled set's own expected atoms (a perfect
 * extractor) and then with one wrong type and one invented atom: the figures must move as the definitions say.
 */
class ExtractionEvaluationIT {

    /** Answers each chat's batch with the expected atoms of that chat, citing the batch messages with those labels. */
    private static String perfectAnswer(EvalSet set, String user, boolean spoil) {
        Map<String, Long> idByLabel = set.labelOf().entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        String chat = set.chats().stream().filter(c -> c.messages().stream().anyMatch(m -> user.contains("[" + m.message().id() + "] ")))
                .findFirst().orElseThrow().chatId();
        List<String> atoms = new ArrayList<>();
        for (EvalSet.ExpectedAtom e : set.atoms()) {
            if (!e.chatId().equals(chat)) continue;
            String ids = e.sources().stream().map(idByLabel::get).filter(id -> user.contains("[" + id + "] "))
                    .map(String::valueOf).collect(Collectors.joining(", "));
            if (ids.isEmpty()) continue;
            AtomType type = spoil && atoms.isEmpty() ? AtomType.INSIGHT.equals(e.type()) ? AtomType.FACT : AtomType.INSIGHT : e.type();
            atoms.add("{\"type\": \"%s\", \"topic\": \"t\", \"title\": \"%s\", \"body\": \"%s\", \"source_ids\": [%s]}"
                    .formatted(type.wire(), e.summary().replace("\"", "'"), String.join(", ", e.keyFacts()), ids));
        }
        if (spoil) atoms.add("{\"type\": \"fact\", \"topic\": \"t\", \"title\": \"The moon is made of cheese\", \"body\": \"\", "
                + "\"source_ids\": [" + idByLabel.get(set.chats().stream().filter(c -> c.chatId().equals(chat)).findFirst()
                .orElseThrow().messages().stream().filter(EvalSet.LabeledMessage::signal).findFirst().orElseThrow().label()) + "]}");
        return "{\"topics\": [{\"name\": \"t\", \"summary\": \"\"}], \"atoms\": [" + String.join(", ", atoms) + "]}";
    }

    @Test
    void should_score_a_perfect_extractor_at_one_and_count_a_wrong_type_and_an_invented_atom_against_it() throws Exception {
        EvalSet set = EvalSet.read(ScorerEvaluationIT.SET);
        try (OnnxEmbedder embedder = new OnnxEmbedder()) {
            MessageScorer scorer = MessageScorer.train(ScorerExemplars.shipped(), embedder, 0.5);

            ExtractionEvaluation perfect = ExtractionRun.run(set, scorer, new Extractor((s, u, f) -> perfectAnswer(set, u, false), 1), 50);
            ExtractionEvaluation spoiled = ExtractionRun.run(set, scorer, new Extractor((s, u, f) -> perfectAnswer(set, u, true), 1), 50);

            System.out.println("perfect: " + perfect.summary());
            System.out.println("spoiled: " + spoiled.summary());
            assertThat(perfect.precision()).isEqualTo(1.0);
            assertThat(perfect.recall()).isEqualTo(1.0);
            assertThat(perfect.citedRight()).isEqualTo(24);
            assertThat(spoiled.extracted()).isEqualTo(28); // 24 expected + one invented per chat
            assertThat(spoiled.matched()).isEqualTo(20);   // one wrong type per chat
            assertThat(spoiled.matchedAnyType()).isEqualTo(24);
            assertThat(spoiled.unmatched()).anyMatch(u -> u.contains("moon"));
        }
    }
}
