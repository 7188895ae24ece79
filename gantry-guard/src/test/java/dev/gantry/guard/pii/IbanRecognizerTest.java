package dev.gantry.guard.pii;

import static dev.gantry.guard.pii.FindingAssertions.assertReasonsHideValues;
import static dev.gantry.guard.pii.FindingAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.guard.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanRecognizerTest {
    private final IbanRecognizer recognizer = new IbanRecognizer();

    @ParameterizedTest
    @ValueSource(strings = {"GB82WEST12345698765432", "gb82west12345698765432", "DE89 3704 0044 0532 0130 00",
            "FR14 2004 1010 0505 0001 3M02 606", "NL91ABNA0417164300", "BE68539007547034"})
    void findsValidIbansCompactOrGrouped(String iban) {
        String text = "Pay to " + iban + " today";
        List<Finding> found = recognizer.find(text);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.start()).isEqualTo(7);
            assertThat(f.end()).isEqualTo(7 + iban.length());
            assertThat(f.score()).isGreaterThanOrEqualTo(0.95);
        });
        assertReasonsHideValues(text, found);
    }

    @Test
    void cutsAGroupedIbanAtItsCountryLengthEvenWhenAShortWordFollows() {
        String text = "IBAN DE89 3704 0044 0532 0130 00 to me";
        assertThat(values(text, recognizer.find(text))).containsExactly("DE89 3704 0044 0532 0130 00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB82WEST12345698765433", "GB82WEST1234569876543", "GB82WEST123456987654321",
            "ZZ82WEST12345698765432", "XGB82WEST12345698765432", "DE89 3704 0044 0532 0130 0"})
    void rejectsBadChecksumsLengthsCountriesAndEmbeddedCodes(String notAnIban) {
        assertThat(recognizer.find("Pay to " + notAnIban + " today")).isEmpty();
    }

    @Test
    void unregisteredLengthPassingMod97IsAcceptedWithLowerScore() {
        String text = "refund to GB88WEST1234569876543.";
        List<Finding> found = recognizer.find(text);

        assertThat(values(text, found)).containsExactly("GB88WEST1234569876543");
        assertThat(found.getFirst().score()).isLessThan(0.95);
        assertReasonsHideValues(text, found);
    }

    @Test
    void wordsAfterACountryLikePrefixAreNotAnIban() {
        assertThat(recognizer.find("AB12 this that with some more words here")).isEmpty();
        assertThat(recognizer.find("model XY99 turbo edition 2024 ships soon")).isEmpty();
    }

    @Test
    void checksumAloneIsValidatedByIban() {
        assertThat(Iban.isValid("CH9300762011623852957")).isTrue();
        assertThat(Iban.isValid("CH9300762011623852958")).isFalse();
        assertThat(Iban.isValid("CH93")).isFalse();
    }
}
