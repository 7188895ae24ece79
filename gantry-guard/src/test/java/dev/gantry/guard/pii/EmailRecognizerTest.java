package dev.gantry.guard.pii;

import static dev.gantry.guard.pii.FindingAssertions.assertReasonsHideValues;
import static dev.gantry.guard.pii.FindingAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.guard.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailRecognizerTest {
    private final EmailRecognizer recognizer = new EmailRecognizer();

    @Test
    void findsAddressesWithExactOffsets() {
        String text = "Write to jane.doe+news@mail.example.co.uk, or to ops@example.org.";
        List<Finding> found = recognizer.find(text);

        assertThat(values(text, found)).containsExactly("jane.doe+news@mail.example.co.uk", "ops@example.org");
        assertThat(found.getFirst().start()).isEqualTo(9);
        assertThat(found.getFirst().end()).isEqualTo(41);
        assertReasonsHideValues(text, found);
    }

    @Test
    void ignoresThingsThatOnlyLookLikeAddresses() {
        assertThat(recognizer.find("ping @channel, user@localhost, a@b.c, name@-bad.com, x@@y.com")).isEmpty();
    }
}
