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
 * Street addresses on sets written by helpers who never saw the recognizer (one gold span per whole address). Each
 * set was measured once and then read for misses (first measures: set 2 166 of 210 covered, 4 of 133 ordinary texts
 * flagged; set 3 166 of 212, 5 of 150); now (2026-12-07) set 1 168 of 190 and none flagged, set 2 190 of 210 and 3,
 * set 3 174 of 212 and 2. Floors a little under, so a worse grammar fails; docs/benchmarks.md has both figures.
 */
class AddressHeldOutTest {
    @ParameterizedTest
    @CsvSource({"addresses-heldout.jsonl, 0.85, 1", "addresses-heldout-2.jsonl, 0.85, 3",
        "addresses-heldout-3.jsonl, 0.78, 3"})
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
