package dev.gantry.guard.chain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.guard.pii.PiiDetector;
import dev.gantry.guard.pii.PiiTypes;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Street addresses in a streamed answer: the real address grammar behind the sliding window. */
class AddressStreamingTest {
    private static final String ANSWER = "Thanks! I have updated your order. It will now ship to 2187 Larkspur Lane, "
            + "Apt 4B, Boise, ID 83705 on Monday, and the invoice goes to PO Box 4471, Anchorage, AK 99509-4471, USA. "
            + "Let me know if anything else changes.";

    @ParameterizedTest
    @ValueSource(ints = {64, 128, 256})
    void noPieceOfAnAddressLeavesWhateverTheDeltasAndTheWindow(int window) {
        GuardChain chain = new GuardChain(new GuardPolicy(List.of(),
                List.of(GuardRule.of(new PiiDetector(PiiTypes.ADDRESSES), GuardAction.REDACT)),
                true, window, 100_000), GuardListener.NONE);
        String whole = chain.checkOutput(ANSWER, new PseudonymVault()).text();
        assertThat(whole).contains("ship to [STREET_ADDRESS] on Monday", "invoice goes to [STREET_ADDRESS]. Let");

        for (int seed = 0; seed < 20; seed++) {
            Random random = new Random(seed);
            OutputStreamGuard stream = chain.openOutputStream(new PseudonymVault());
            StringBuilder out = new StringBuilder();
            for (int at = 0; at < ANSWER.length(); ) {
                int end = Math.min(ANSWER.length(), at + 1 + random.nextInt(6));
                out.append(stream.accept(ANSWER.substring(at, end)));
                at = end;
            }
            out.append(stream.finish());
            assertThat(out.toString()).as("seed %d", seed).isEqualTo(whole)
                    .doesNotContain("Larkspur", "83705", "4471", "Anchorage");
        }
    }
}
