package dev.gantry.guard.pii.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gantry.guard.eval.GoldSpan;
import dev.gantry.guard.eval.LabeledText;
import dev.gantry.guard.pii.EntityFeatures;
import dev.gantry.guard.pii.EntityModelFile;
import dev.gantry.guard.pii.EntityModels;
import dev.gantry.guard.pii.EntityTaggerModel;
import dev.gantry.guard.pii.entities.EntityEvents.TaggedSentence;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A small model trained the way the shipped one is: BIO labels, the events' features equal the tagger's, the compact
 * model scores as OpenNLP's maxent model does, and the file keeps every score.
 */
class EntityTaggerTrainingTest {
    private static final EntityFeatures FEATURES = new EntityFeatures(
            new long[] {EntityFeatures.gazetteerKey(List.of("Oslo")), EntityFeatures.gazetteerKey(List.of("Anna"))},
            new int[] {0b100, 0b001}, EntityFeatures.DEFAULT_VARIANTS);
    private static List<TaggedSentence> tagged;
    private static MaxentModel maxent;
    private static EntityTaggerModel model;

    @BeforeAll
    static void train() throws IOException {
        List<String> positives = TrainingTemplates.ENGLISH;
        List<LabeledText> texts = new SyntheticEntitySentences(7, List.of("en", "de"))
                .generate(300, positives, TrainingTemplates.NO_ENTITIES, 0.3);
        tagged = EntityModelTrainer.tag(texts);
        maxent = EntityModelTrainer.trainMaxent(tagged, "MAXENT", 30, 1, FEATURES);
        model = EntityModels.fromMaxent(maxent, FEATURES);
    }

    @Test
    void labelsTokensBioAndSkipsASentenceWithASpanInsideAToken() {
        String text = "Maria Keller lives in Oslo.";
        List<TaggedSentence> out = EntityModelTrainer.tag(List.of(
                new LabeledText(text, List.of(new GoldSpan("PERSON", 0, 12), new GoldSpan("LOCATION", 22, 26))),
                new LabeledText("Ask Annabel.", List.of(new GoldSpan("PERSON", 4, 8)))));
        assertThat(out).singleElement().satisfies(s -> assertThat(s.labels())
                .containsExactly("B-PERSON", "I-PERSON", "O", "O", "B-LOCATION", "O"));
    }

    @Test
    void trainingEventsCarryTheFeaturesTheTaggerComputes() {
        EntityFeatures.Sentence reused = new EntityFeatures.Sentence();
        for (TaggedSentence sentence : tagged.subList(0, 50)) {
            FEATURES.prepare(sentence.tokens(), sentence.layout(), reused);
            List<Event> events = EntityEvents.events(FEATURES, sentence);
            for (int i = 0; i < events.size(); i++) {
                long[] hashes = new long[EntityFeatures.MAX_EMISSION + EntityFeatures.MAX_TRANSITION];
                int n = FEATURES.emission(reused, i, hashes);
                String previous = i == 0 ? "O" : sentence.labels()[i - 1];
                long[] transitions = new long[EntityFeatures.MAX_TRANSITION];
                int t = FEATURES.transitions(reused, i, EntityFeatures.outcomeKey(previous), transitions);
                System.arraycopy(transitions, 0, hashes, n, t);
                assertThat(events.get(i).getContext()).containsExactly(EntityEvents.keys(hashes, n + t));
                assertThat(events.get(i).getOutcome()).isEqualTo(sentence.labels()[i]);
            }
        }
    }

    @Test
    void theCompactModelGivesOpenNlpsProbabilities() {
        for (TaggedSentence sentence : tagged.subList(0, 40)) {
            for (Event event : EntityEvents.events(FEATURES, sentence)) {
                double[] expected = maxent.eval(event.getContext());
                double[] actual = EntityModels.probabilities(model,
                        Arrays.stream(event.getContext()).mapToLong(k -> Long.parseUnsignedLong(k, 16)).toArray());
                for (int o = 0; o < model.outcomeCount(); o++) {
                    assertThat(actual[o]).as(model.outcome(o))
                            .isCloseTo(expected[maxent.getIndex(model.outcome(o))], within(1e-5));
                }
            }
        }
    }

    @Test
    void aWrittenModelReadsBackWithTheSameFindings() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EntityModelFile.write(model, bytes);
        EntityTaggerModel read = EntityModelFile.read(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(read.features().variants()).isEqualTo(model.features().variants());
        var before = EntityModels.detector(model);
        var after = EntityModels.detector(read);
        int findings = 0;
        for (TaggedSentence sentence : tagged) {
            String text = String.join(" ", sentence.tokens().stream().map(t -> t.text()).toList());
            assertThat(after.scan(text)).isEqualTo(before.scan(text));
            findings += before.scan(text).size();
        }
        assertThat(findings).as("the model finds names at all").isGreaterThan(50);
    }

    @Test
    void aFileOfAnotherFormatIsRefusedByName() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeInt(0x504B0304);
            out.writeInt(1);
        }
        assertThatThrownBy(() -> EntityModelFile.read(new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(IOException.class).hasMessageContaining("magic 504b0304")
                .hasMessageContaining("EntityModelTrainer");
    }
}
