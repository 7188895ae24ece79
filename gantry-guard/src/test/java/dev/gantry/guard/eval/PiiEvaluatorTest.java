package dev.gantry.guard.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gantry.core.error.GantryException;
import dev.gantry.guard.Detector;
import dev.gantry.guard.Finding;
import dev.gantry.guard.pii.PiiDetector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PiiEvaluatorTest {
    // Four hand-made texts: an exact hit, a hit that overshoots (IoU 13/17), a card found only in part
    // (IoU 6/16) plus the wrong type over it, and an unscored PERSON with a spurious email over it.
    private static final String FIXTURE = """
            [
              {"full_text": "mail ann@x.io now", "masked": "ignored", "template_id": 1,
               "spans": [{"entity_type": "EMAIL_ADDRESS", "entity_value": "ann@x.io", "start_position": 5, "end_position": 14}]},
              {"full_text": "call 020 7946 0018 x12",
               "spans": [{"entity_type": "PHONE_NUMBER", "entity_value": "020 7946 0018", "start_position": 5, "end_position": 18}]},
              {"full_text": "card 4111111111111111",
               "spans": [{"entity_type": "CREDIT_CARD", "entity_value": "4111111111111111", "start_position": 5, "end_position": 21}]},
              {"full_text": "Ann wrote", "metadata": null,
               "spans": [{"entity_type": "PERSON", "entity_value": "Ann", "start_position": 0, "end_position": 3}]}
            ]
            """;
    private static final Set<String> SCORED = Set.of("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD");
    private static final Detector SCRIPTED = new ScriptedDetector(Map.of(
            "mail ann@x.io now", List.of(finding("EMAIL_ADDRESS", 5, 14)),
            "call 020 7946 0018 x12", List.of(finding("PHONE_NUMBER", 5, 22)),
            "card 4111111111111111", List.of(finding("CREDIT_CARD", 5, 11), finding("PHONE_NUMBER", 5, 21)),
            "Ann wrote", List.of(finding("EMAIL_ADDRESS", 0, 3))));

    @TempDir
    Path dir;

    @Test
    void countsSpansPerTypeUnderTheIouRule() throws IOException {
        PiiEvaluation eval = PiiEvaluator.evaluate(read(), SCRIPTED, SCORED, MatchRule.IOU_HALF);

        assertThat(eval.score("EMAIL_ADDRESS")).contains(new TypeScore("EMAIL_ADDRESS", 1, 2, 1));
        assertThat(eval.score("PHONE_NUMBER")).contains(new TypeScore("PHONE_NUMBER", 1, 2, 1));
        assertThat(eval.score("CREDIT_CARD")).contains(new TypeScore("CREDIT_CARD", 1, 1, 0));
        assertThat(eval.micro()).isEqualTo(new TypeScore("micro", 3, 5, 2));
        assertThat(eval.notScored()).containsExactly("PERSON");
        assertThat(eval.documents()).isEqualTo(4);
    }

    @Test
    void exactRuleRejectsTheOvershootingPhone() throws IOException {
        PiiEvaluation eval = PiiEvaluator.evaluate(read(), SCRIPTED, SCORED, MatchRule.EXACT);

        assertThat(eval.score("PHONE_NUMBER")).contains(new TypeScore("PHONE_NUMBER", 1, 2, 0));
        assertThat(eval.micro().truePositives()).isEqualTo(1);
    }

    @Test
    void ratiosAndMarkdown() throws IOException {
        PiiEvaluation eval = PiiEvaluator.evaluate(read(), SCRIPTED, SCORED, MatchRule.IOU_HALF);
        TypeScore email = eval.score("EMAIL_ADDRESS").orElseThrow();

        assertThat(email.precision()).isEqualTo(0.5);
        assertThat(email.recall()).isEqualTo(1.0);
        assertThat(email.f1()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(eval.markdown())
                .contains("| type | gold | predicted | TP | precision | recall | F1 |")
                .contains("| EMAIL_ADDRESS | 1 | 2 | 1 | 0.500 | 1.000 | 0.667 |")
                .contains("| CREDIT_CARD | 1 | 1 | 0 | 0.000 | 0.000 | 0.000 |")
                .contains("| **micro** | 3 | 5 | 2 | 0.400 | 0.667 | 0.500 |")
                .contains("IoU >= 0.5")
                .contains("Not scored (unsupported by the detector): PERSON.");
    }

    @Test
    void undefinedRatiosAreNaNAndShownAsNotApplicable() {
        TypeScore empty = new TypeScore("SECRET", 0, 0, 0);
        assertThat(empty.precision()).isNaN();
        assertThat(empty.recall()).isNaN();
        assertThat(empty.f1()).isNaN();
        PiiEvaluation eval = new PiiEvaluation("x", MatchRule.EXACT, 0, List.of(empty), empty, Set.of());
        assertThat(eval.markdown()).contains("| SECRET | 0 | 0 | 0 | n/a | n/a | n/a |");
    }

    @Test
    void onePredictionMatchesAtMostOneGoldSpan() {
        LabeledText text = new LabeledText("aaaa bbbb", List.of(new GoldSpan("X", 0, 4), new GoldSpan("X", 0, 5)));
        Detector twoOverOne = new ScriptedDetector(Map.of("aaaa bbbb", List.of(finding("X", 0, 4))));

        PiiEvaluation eval = PiiEvaluator.evaluate(List.of(text), twoOverOne, Set.of("X"), MatchRule.IOU_HALF);

        assertThat(eval.micro()).isEqualTo(new TypeScore("micro", 2, 1, 1));
    }

    @Test
    void pathEntryPointScoresWhatAPiiDetectorSupports() throws IOException {
        PiiEvaluation eval = PiiEvaluator.evaluate(write(), new PiiDetector(Set.of("EMAIL_ADDRESS", "CREDIT_CARD")));

        assertThat(eval.perType()).extracting(TypeScore::type).containsExactly("CREDIT_CARD", "EMAIL_ADDRESS");
        assertThat(eval.micro()).isEqualTo(new TypeScore("micro", 2, 2, 2));
        assertThat(eval.notScored()).containsExactlyInAnyOrder("PERSON", "PHONE_NUMBER");
        assertThat(eval.rule()).isEqualTo(MatchRule.IOU_HALF);
    }

    @Test
    void goldGpeIsScoredAsLocation() {
        LabeledText text = new LabeledText("to Oslo", List.of(new GoldSpan("GPE", 3, 7)));
        Detector places = new ScriptedDetector(Map.of("to Oslo", List.of(finding("LOCATION", 3, 7))));

        PiiEvaluation eval = PiiEvaluator.evaluate(List.of(text), places, Set.of("LOCATION"), MatchRule.EXACT);

        assertThat(eval.score("LOCATION")).contains(new TypeScore("LOCATION", 1, 1, 1));
        assertThat(eval.notScored()).isEmpty();
    }

    @Test
    void unreadableDataIsAnInvalidRequest() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"not\": \"an array\"}");
        assertThatThrownBy(() -> PiiEvaluator.evaluate(broken, SCRIPTED)).isInstanceOf(GantryException.class)
                .hasMessageContaining("broken.json");
        assertThatThrownBy(() -> PiiEvaluator.evaluate(dir.resolve("missing.json"), SCRIPTED))
                .isInstanceOf(GantryException.class);
    }

    private List<LabeledText> read() throws IOException {
        return PresidioDataset.read(write());
    }

    private Path write() throws IOException {
        return Files.writeString(dir.resolve("fixture.json"), FIXTURE);
    }

    private static Finding finding(String type, int start, int end) {
        return new Finding(type, start, end, 0.9, "scripted");
    }

    /** Returns fixed findings per text, so the counting is tested apart from any real detector. */
    private record ScriptedDetector(Map<String, List<Finding>> script) implements Detector {
        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public List<Finding> scan(String text) {
            return script.getOrDefault(text, List.of());
        }
    }
}
