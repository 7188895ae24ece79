package dev.gantry.guard.chain;

import static dev.gantry.guard.chain.GuardAction.BLOCK;
import static dev.gantry.guard.chain.GuardAction.PSEUDONYMIZE;
import static dev.gantry.guard.chain.GuardAction.REDACT;
import static dev.gantry.guard.chain.TestDetectors.card;
import static dev.gantry.guard.chain.TestDetectors.email;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Odd input never crashes the guard, and never slips through unchecked. */
class GarbageInputTest {
    private final GuardChain chain = new GuardChain(new GuardPolicy(
            List.of(GuardRule.of(email(), PSEUDONYMIZE), GuardRule.of(card(), BLOCK)),
            List.of(GuardRule.of(email(), REDACT)), true, 64, 2_000_000), GuardListener.NONE);

    @Test
    void randomBytesDecodedAsTextAreChecked() {
        Random random = new Random(42);
        for (int i = 0; i < 40; i++) {
            byte[] bytes = new byte[4096];
            random.nextBytes(bytes);
            String garbage = new String(bytes, i % 2 == 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1)
                    + " alice@example.com";

            InputResult r = chain.checkInput(garbage);

            assertThat(r.blocked()).isFalse();
            assertThat(r.text()).doesNotContain("alice@example.com").containsPattern(" <EMAIL_ADDRESS_\\d+>$");
            assertThat(r.vault().restore(r.text())).isEqualTo(garbage);
        }
    }

    @Test
    void randomCharsWithLoneSurrogatesAreCheckedAndStreamedLikeWholeTexts() {
        Random random = new Random(7);
        for (int i = 0; i < 40; i++) {
            char[] chars = new char[2000];
            for (int k = 0; k < chars.length; k++) chars[k] = (char) random.nextInt(0x10000);
            String garbage = new String(chars) + " carol@example.net";

            assertThat(chain.checkInput(garbage).blocked()).isFalse();
            String whole = chain.checkOutput(garbage, new PseudonymVault()).text();
            assertThat(whole).endsWith(" [EMAIL_ADDRESS]");
            OutputStreamGuard stream = chain.openOutputStream(new PseudonymVault());
            StringBuilder streamed = new StringBuilder();
            for (String delta : OutputStreamGuardTest.chunks(garbage, 1, 30, i)) streamed.append(stream.accept(delta));
            assertThat(streamed.append(stream.finish()).toString()).isEqualTo(whole);
        }
    }

    @Test
    void loneSurrogatesAroundAValueStayAsTheyWere() {
        String text = "\uD800abc\uDC00 alice@example.com \uD83D\uDE00 \uD83D";

        InputResult r = chain.checkInput(text);

        assertThat(r.text()).isEqualTo("\uD800abc\uDC00 <EMAIL_ADDRESS_1> \uD83D\uDE00 \uD83D");
    }

    @Test
    void aMegabyteIsCheckedWholeWithinTheLimit() {
        StringBuilder b = new StringBuilder(1_100_000);
        while (b.length() < 1_000_000) b.append("lorem ipsum dolor sit amet ").append(b.length() % 1000 == 0 ? "x@y.io " : "");
        b.append("4111 1111 1111 1111");

        InputResult r = chain.checkInput(b.toString());

        assertThat(r.blocked()).isTrue();
        assertThat(r.blockedBy().findingType()).isEqualTo("CREDIT_CARD");
    }

    @Test
    void aMegabyteOfOneLetterNeverThrows() {
        InputResult r = chain.checkInput("a".repeat(1 << 20));

        assertThat(r.blocked()).isFalse();
        assertThat(r.decisions()).isEmpty();
    }

    @Test
    void aMegabyteOfSpacedLettersNeverThrows() {
        InputResult r = chain.checkInput("a b ".repeat(1 << 18));

        assertThat(r.blocked()).isFalse();
    }
}
