package dev.gantry.guard.pii;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.guard.pii.AddressHeldOut.Counts;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Street addresses on two sets written by helpers who never saw the recognizer (one gold span per whole address).
 * Set 1 was then used to find what the grammar missed; set 2 was written after that and measured once (2026-12-07):
 * set 1 160 of 190 addresses covered, no ordinary text flagged; set 2 166 of 210 covered, 4 of 133 ordinary texts
 * flagged. Floors a little under, so a worse grammar fails.
 */
class AddressHeldOutTest {
    @ParameterizedTest
    @CsvSource({"addresses-heldout.jsonl, 0.80, 1", "addresses-heldout-2.jsonl, 0.75, 5"})
    void theRecognizerCoversMostAddressesAndFlagsFewOrdinaryTexts(String file, double covered, int flagged)
            throws URISyntaxException {
        Path path = Path.of(Objects.requireNonNull(getClass().getResource("/guard/pii/" + file)).toURI());
        Counts counts = AddressHeldOut.count(AddressHeldOut.read(path), Set.of(PiiTypes.STREET_ADDRESS), false);

        assertThat(counts.addresses()).isGreaterThan(180);
        assertThat((double) counts.covered() / counts.addresses()).as("share covered").isGreaterThanOrEqualTo(covered);
        assertThat(counts.ordinaryTexts()).isGreaterThan(120);
        assertThat(counts.ordinaryFlagged()).as("ordinary texts flagged").isLessThanOrEqualTo(flagged);
    }
}
