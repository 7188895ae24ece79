package dev.gantry.guard.pii;

import static dev.gantry.guard.pii.FindingAssertions.assertReasonsHideValues;
import static dev.gantry.guard.pii.FindingAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.guard.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCardRecognizerTest {
    private final CreditCardRecognizer recognizer = new CreditCardRecognizer();

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111111", "4111 1111 1111 1111", "4111-1111-1111-1111", "5555555555554444",
            "378282246310005", "3782 822463 10005", "6011111111111117", "3530111333300000", "30569309025904",
            "6759649826438453", "4222222222222"})
    void findsLuhnValidCardsOfKnownNetworks(String card) {
        String text = "card: " + card + ".";
        List<Finding> found = recognizer.find(text);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.start()).isEqualTo(6);
            assertThat(f.end()).isEqualTo(6 + card.length());
            assertThat(f.score()).isGreaterThanOrEqualTo(0.95);
        });
        assertReasonsHideValues(text, found);
    }

    @Test
    void reasonNamesTheCheckNotTheNumber() {
        Finding f = recognizer.find("4111111111111111").getFirst();
        assertThat(f.reason()).isEqualTo("Luhn-valid 16-digit card number in a Visa range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111112", "1234567890123456", "0000000000000000", "9111111111111110",
            "4111 1111-1111 1111", "41111111111111111111", "AB4111111111111111", "4111111111111111-2"})
    void rejectsInvalidChecksumsUnknownPrefixesAndRaggedShapes(String notACard) {
        assertThat(recognizer.find("number " + notACard + " here")).isEmpty();
    }

    @Test
    void twelveDigitsOnlyForMaestro() {
        assertThat(values("a 675900000000 b", recognizer.find("a 675900000000 b"))).containsExactly("675900000000");
        assertThat(recognizer.find("a 411111111117 b")).isEmpty();
    }
}
