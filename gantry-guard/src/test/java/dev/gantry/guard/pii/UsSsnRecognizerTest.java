package dev.gantry.guard.pii;

import static dev.gantry.guard.pii.FindingAssertions.assertReasonsHideValues;
import static dev.gantry.guard.pii.FindingAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.guard.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsSsnRecognizerTest {
    private final UsSsnRecognizer recognizer = new UsSsnRecognizer();

    @Test
    void findsDashedNumbersWithExactOffsets() {
        String text = "Here's my SSN: 123-45-6789, thanks";
        List<Finding> found = recognizer.find(text);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.start()).isEqualTo(15);
            assertThat(f.end()).isEqualTo(26);
            assertThat(f.score()).isEqualTo(0.9);
        });
        assertReasonsHideValues(text, found);
    }

    @Test
    void dashedWithoutCueScoresLower() {
        assertThat(recognizer.find("ref 123-45-6789")).singleElement()
                .satisfies(f -> assertThat(f.score()).isLessThan(0.9));
    }

    @Test
    void plainNineDigitsNeedAnSsnCue() {
        String cued = "social security number 123456789";
        assertThat(values(cued, recognizer.find(cued))).containsExactly("123456789");
        assertThat(recognizer.find("order 123456789 shipped")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"999-12-3456", "000-12-3456", "666-12-3456", "123-00-4567", "123-45-0000",
            "123-45-67890", "1123-45-6789", "123-45-6789-1", "123-45 6789"})
    void rejectsNumbersNeverIssuedAndOtherShapes(String notAnSsn) {
        assertThat(recognizer.find("my SSN: " + notAnSsn)).isEmpty();
    }
}
