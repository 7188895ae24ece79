package dev.gantry.guard.chain;

import static dev.gantry.guard.chain.GuardAction.BLOCK;
import static dev.gantry.guard.chain.GuardAction.FLAG;
import static dev.gantry.guard.chain.GuardAction.PSEUDONYMIZE;
import static dev.gantry.guard.chain.GuardAction.REDACT;
import static dev.gantry.guard.chain.TestDetectors.card;
import static dev.gantry.guard.chain.TestDetectors.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.error.ErrorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OutputStreamGuardTest {
    private static final int WINDOW = 64;
    private static final String CARD = "4111 1111 1111 1111";

    private final GuardChain chain = new GuardChain(new GuardPolicy(
            List.of(GuardRule.of(email(), PSEUDONYMIZE)),
            List.of(GuardRule.of(email(), REDACT), GuardRule.of(card(), BLOCK).named("no-cards")),
            true, WINDOW, 100_000), GuardListener.NONE);

    /** A vault holding alice (1) and bob (2), as the input side of the request made it. */
    private PseudonymVault vault() {
        return chain.checkInput("alice@example.com, bob@example.org").vault();
    }

    /** Placeholders, a made-up address to redact, a flagged-free long stretch: every path a delta can take. */
    private static final String RESPONSE = "Dear <EMAIL_ADDRESS_1>, I forwarded your note to <EMAIL_ADDRESS_2> and "
            + "copied carol@example.net. " + "Nothing else to report, the weather is fine. ".repeat(3)
            + "Reply to dave.smith+tag@mail.example.co.uk or <EMAIL_ADDRESS_1>. <EMAIL_ADDRESS_3> <EMAIL_";

    @Test
    void restoresAPlaceholderSplitAcrossDeltas() {
        OutputStreamGuard stream = chain.openOutputStream(vault());

        String out = stream.accept("Hi <EMAIL_") + stream.accept("ADDRESS_1>!") + stream.finish();

        assertThat(out).isEqualTo("Hi alice@example.com!");
    }

    @Test
    void releasesTextBeforeTheEndOnceMoreThanAWindowArrived() {
        OutputStreamGuard stream = chain.openOutputStream(vault());
        String text = "The weather is fine today. ".repeat(10);

        String first = stream.accept(text.substring(0, 100));

        assertThat(first).isEqualTo(text.substring(0, 100 - WINDOW));
        assertThat(first + stream.accept(text.substring(100)) + stream.finish()).isEqualTo(text);
    }

    @Test
    void splittingAtEveryPositionGivesTheWholeTextResult() {
        String whole = chain.checkOutput(RESPONSE, vault()).text();
        assertThat(whole).contains("Dear alice@example.com,", "to bob@example.org", "copied [EMAIL_ADDRESS].",
                "Reply to [EMAIL_ADDRESS] or alice@example.com. <EMAIL_ADDRESS_3> <EMAIL_");

        for (int at = 0; at <= RESPONSE.length(); at++) {
            List<String> deltas = List.of(RESPONSE.substring(0, at), RESPONSE.substring(at));
            assertThat(streamed(deltas)).as("split at %d", at).isEqualTo(whole);
        }
    }

    @Test
    void deltasOfAnySizeGiveTheWholeTextResult() {
        String whole = chain.checkOutput(RESPONSE, vault()).text();
        assertThat(streamed(chunks(RESPONSE, 1, 1, 0))).isEqualTo(whole);
        for (int seed = 0; seed < 50; seed++) {
            assertThat(streamed(chunks(RESPONSE, 1, 12, seed))).as("seed %d", seed).isEqualTo(whole);
        }
    }

    @Test
    void whatLeavesEarlyIsAlreadyFinalSoAValueNeverLeavesHalfChecked() {
        String whole = chain.checkOutput(RESPONSE, vault()).text();
        for (int at = 0; at <= RESPONSE.length(); at++) {
            OutputStreamGuard stream = chain.openOutputStream(vault());
            String released = stream.accept(RESPONSE.substring(0, at));
            assertThat(whole).as("after %d chars", at).startsWith(released);
            assertThat(released).doesNotContain("carol", "dave");
        }
    }

    @Test
    void neverHoldsBackMoreThanTheWindow() {
        String longer = RESPONSE.repeat(5);
        for (int seed = 0; seed < 20; seed++) {
            OutputStreamGuard stream = chain.openOutputStream(vault());
            for (String delta : chunks(longer, 1, 40, seed)) {
                stream.accept(delta);
                assertThat(stream.pending()).as("seed %d", seed).isLessThanOrEqualTo(WINDOW);
            }
        }
    }

    @Test
    void aBlockedFindingStopsTheStreamBeforeAnyOfItLeaves() {
        String text = "Here are the details you asked for, all of them. Your card is " + CARD + ", expiring soon. " + "Bye. ".repeat(20);
        assertThat(chain.checkOutput(text, vault()).blocked()).isTrue();

        for (int at = 0; at <= text.length(); at++) {
            OutputStreamGuard stream = chain.openOutputStream(vault());
            String out = stream.accept(text.substring(0, at)) + stream.accept(text.substring(at)) + stream.finish();
            assertThat(stream.blocked()).as("split at %d", at).isTrue();
            assertThat(out).as("split at %d", at).doesNotContain("4111").isEqualTo(text.substring(0, out.length()));
        }
    }

    @Test
    void aBlockedStreamReleasesNothingMoreAndExposesTheDecision() {
        OutputStreamGuard stream = chain.openOutputStream(vault());

        stream.accept("card: " + CARD + " " + "padding ".repeat(10));

        assertThat(stream.blocked()).isTrue();
        assertThat(stream.blocking()).hasValueSatisfying(d -> {
            assertThat(d.rule()).isEqualTo("no-cards");
            assertThat(d.span().start()).isEqualTo(6);
        });
        assertThat(stream.accept("more text ".repeat(20))).isEmpty();
        assertThat(stream.finish()).isEmpty();
        assertThat(stream.toException().kind()).isEqualTo(ErrorKind.CONTENT_FILTER);
    }

    @Test
    void decisionOffsetsCountFromTheStartOfTheResponse() {
        String text = "x".repeat(200) + " carol@example.net " + "y".repeat(200);
        OutputStreamGuard stream = chain.openOutputStream(new PseudonymVault());
        for (String delta : chunks(text, 1, 9, 7)) stream.accept(delta);
        stream.finish();

        assertThat(stream.decisions()).singleElement().satisfies(d -> assertThat(d.span().start()).isEqualTo(201));
        assertThat(stream.decisions()).isEqualTo(chain.checkOutput(text, new PseudonymVault()).decisions());
    }

    @Test
    void aThrowingDetectorBlocksTheStreamWhenFailClosedAndIsFlaggedOnceWhenFailOpen() {
        GuardPolicy policy = new GuardPolicy(List.of(), List.of(GuardRule.of(TestDetectors.throwing("flaky"), FLAG)), true, WINDOW, 10_000);
        OutputStreamGuard closed = new GuardChain(policy, GuardListener.NONE).openOutputStream(new PseudonymVault());
        OutputStreamGuard open = new GuardChain(policy.failClosed(false), GuardListener.NONE).openOutputStream(new PseudonymVault());
        String text = "some words ".repeat(30);

        String closedOut = closed.accept(text) + closed.finish();
        StringBuilder openOut = new StringBuilder();
        for (String delta : chunks(text, 5, 5, 0)) openOut.append(open.accept(delta));
        openOut.append(open.finish());

        assertThat(closedOut).isEmpty();
        assertThat(closed.blocking().orElseThrow().findingType()).isEqualTo(GuardDecision.UNCHECKED_DETECTOR_FAILED);
        assertThat(openOut.toString()).isEqualTo(text);
        assertThat(open.decisions()).singleElement().satisfies(d -> assertThat(d.unchecked()).isTrue());
    }

    @Test
    void aFinishedStreamTakesNoMoreDeltas() {
        OutputStreamGuard stream = chain.openOutputStream(new PseudonymVault());
        stream.finish();

        assertThatThrownBy(() -> stream.accept("late")).isInstanceOf(IllegalStateException.class);
    }

    private String streamed(List<String> deltas) {
        OutputStreamGuard stream = chain.openOutputStream(vault());
        StringBuilder out = new StringBuilder();
        for (String delta : deltas) {
            out.append(stream.accept(delta));
            assertThat(stream.pending()).isLessThanOrEqualTo(WINDOW);
        }
        return out.append(stream.finish()).toString();
    }

    /** {@code text} cut into deltas of {@code min} to {@code max} chars, chosen by {@code seed}. */
    static List<String> chunks(String text, int min, int max, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int n = Math.min(text.length() - i, min + random.nextInt(max - min + 1));
            out.add(text.substring(i, i + n));
            i += n;
        }
        return out;
    }
}
