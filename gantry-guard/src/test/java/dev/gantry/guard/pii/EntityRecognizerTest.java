package dev.gantry.guard.pii;

import static dev.gantry.guard.pii.FindingAssertions.assertReasonsHideValues;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.guard.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The shipped entity model through its recognizer. */
class EntityRecognizerTest {
    private static final EntityRecognizer ENTITIES = new EntityRecognizer();

    @Test
    void findsNamesAndPlacesWithExactOffsets() {
        String text = "Hello, my name is Maria Keller and I live in Hamburg, Germany.";
        List<Finding> found = ENTITIES.find(text);

        assertThat(found).extracting(Finding::type, f -> text.substring(f.start(), f.end())).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PERSON", "Maria Keller"),
                org.assertj.core.groups.Tuple.tuple("LOCATION", "Hamburg"),
                org.assertj.core.groups.Tuple.tuple("LOCATION", "Germany"));
        assertThat(found.get(0).start()).isEqualTo(18);
        assertThat(found.get(0).end()).isEqualTo(30);
        assertThat(found).allSatisfy(f -> assertThat(f.score()).isBetween(0.0, EntityRecognizer.SCORE_SCALE));
        assertReasonsHideValues(text, found);
    }

    @Test
    void findsANameAtTheStartAndBeforeAPossessive() {
        String text = "Jonas Berg called about Sofia's invoice.";
        assertThat(ENTITIES.find(text)).extracting(f -> text.substring(f.start(), f.end()))
                .containsExactly("Jonas Berg", "Sofia");
    }

    @Test
    void reportsNothingInOrdinarySentences() {
        for (String text : List.of("Can you reset my password please?",
                "The meeting moved to Monday because the server was down.",
                "Explain how photosynthesis works in simple terms.",
                "Please Note: the Export button is in the File menu.",
                "SELECT id FROM orders WHERE total > 100;")) {
            assertThat(ENTITIES.find(text)).as(text).isEmpty();
        }
    }

    @Test
    void concurrentScansGiveTheSameFindingsAsOneThread() throws Exception {
        List<String> texts = List.of("Maria Keller lives in Hamburg.", "Ask Jonas Berg at the Oslo office.",
                "Nothing to see here.", "Sofia flew from Lisbon to Madrid on Friday.");
        List<List<Finding>> expected = texts.stream().map(ENTITIES::find).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 200; round++) {
                        int i = round % texts.size();
                        if (!ENTITIES.find(texts.get(i)).equals(expected.get(i))) return false;
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) assertThat(run.get()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void garbageNeverThrows() {
        for (String text : List.of("", " ", "\uD800\uDFFF\u0000", "''''", "- - -", "A. B. C. D.", "x".repeat(20_000),
                "Ab ".repeat(5_000), "@@@ ://// 's 's", "\n\n\n", "ÄÖÜ ß ΣΑΣ Привет 北京")) {
            assertThat(ENTITIES.find(text)).isNotNull();
        }
    }
}
