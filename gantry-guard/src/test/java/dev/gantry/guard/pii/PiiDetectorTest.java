package dev.gantry.guard.pii;

import static dev.gantry.guard.pii.FindingAssertions.assertReasonsHideValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.error.GantryException;
import dev.gantry.guard.Finding;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PiiDetectorTest {
    private static final PiiDetector ALL = new PiiDetector();

    @Test
    void reportsEachEntityOnceSortedByStart() {
        String text = "Mail bob@example.com, card 4111 1111 1111 1111, SSN 123-45-6789, IBAN GB82WEST12345698765432, "
                + "from 10.1.2.3, call +44 20 7946 0018.";
        List<Finding> found = ALL.scan(text);

        assertThat(found).extracting(Finding::type).containsExactly("EMAIL_ADDRESS", "CREDIT_CARD", "US_SSN",
                "IBAN_CODE", "IP_ADDRESS", "PHONE_NUMBER");
        assertThat(found).extracting(Finding::start).isSorted();
        assertReasonsHideValues(text, found);
    }

    @Test
    void checksumValidatedReadingBeatsPhoneReadingOfTheSameDigits() {
        assertThat(ALL.scan("please call 4111111111111111")).singleElement()
                .satisfies(f -> assertThat(f.type()).isEqualTo("CREDIT_CARD"));
        assertThat(ALL.scan("tel 123-45-6789")).singleElement()
                .satisfies(f -> assertThat(f.type()).isEqualTo("US_SSN"));
    }

    @Test
    void looksOnlyForTheSelectedTypes() {
        PiiDetector emailOnly = new PiiDetector(Set.of(PiiTypes.EMAIL_ADDRESS));

        assertThat(emailOnly.supportedTypes()).containsExactly("EMAIL_ADDRESS");
        assertThat(emailOnly.scan("bob@example.com 4111111111111111")).extracting(Finding::type)
                .containsExactly("EMAIL_ADDRESS");
        assertThat(ALL.supportedTypes()).isEqualTo(PiiTypes.DEFAULT);
        assertThat(new PiiDetector(PiiTypes.ALL).supportedTypes()).contains("PERSON", "LOCATION", "ORGANIZATION");
        assertThat(ALL.name()).isEqualTo("pii");
    }

    @Test
    void entityTypesAreOptInAndFilteredToTheSelection() {
        String text = "Maria Keller from Hamburg wrote to bob@example.com";
        assertThat(ALL.scan(text)).extracting(Finding::type).containsExactly("EMAIL_ADDRESS");
        assertThat(new PiiDetector(Set.of(PiiTypes.PERSON, PiiTypes.EMAIL_ADDRESS)).scan(text))
                .extracting(Finding::type).containsExactly("PERSON", "EMAIL_ADDRESS");
    }

    @Test
    void unknownTypeIsAnInvalidRequest() {
        assertThatThrownBy(() -> new PiiDetector(Set.of("PASSPORT")))
                .isInstanceOf(GantryException.class).hasMessageContaining("PASSPORT");
    }

    @Test
    void oddInputNeverThrows() {
        assertThat(ALL.scan(null)).isEmpty();
        assertThat(ALL.scan("")).isEmpty();
        assertThat(ALL.scan("\uD800\uDFFF\u0000 ::: ... @@ -----BEGIN PRIVATE KEY----- +")).isNotNull();
        assertThat(ALL.scan("9".repeat(5_000) + " " + "ab12 ".repeat(2_000))).isNotNull();
    }
}
