package dev.gantry.guard.chain;

import static dev.gantry.guard.chain.GuardAction.BLOCK;
import static dev.gantry.guard.chain.GuardAction.FLAG;
import static dev.gantry.guard.chain.GuardAction.PSEUDONYMIZE;
import static dev.gantry.guard.chain.GuardAction.REDACT;
import static dev.gantry.guard.chain.TestDetectors.card;
import static dev.gantry.guard.chain.TestDetectors.email;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.guard.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole responses: placeholders restored, output rules applied. Streams are in {@link OutputStreamGuardTest}. */
class OutputGuardTest {
    private static final GuardRule PSEUDONYMIZE_EMAILS = GuardRule.of(email(), PSEUDONYMIZE);

    private final GuardChain chain = new GuardChain(GuardPolicy.of(List.of(PSEUDONYMIZE_EMAILS),
            List.of(GuardRule.of(email(), REDACT), GuardRule.of(card(), BLOCK).named("no-cards"))), GuardListener.NONE);

    @Test
    void restoresPlaceholdersSoTheClientGetsItsValuesBack() {
        InputResult in = chain.checkInput("mail alice@example.com and bob@example.org");

        OutputResult out = chain.checkOutput("Sent to <EMAIL_ADDRESS_2>, then <EMAIL_ADDRESS_1>.", in.vault());

        assertThat(out.text()).isEqualTo("Sent to bob@example.org, then alice@example.com.");
        assertThat(out.decisions()).isEmpty();
    }

    @Test
    void redactsValuesTheModelMadeUpButNotTheClientsOwn() {
        InputResult in = chain.checkInput("mail alice@example.com");

        OutputResult out = chain.checkOutput("Copied carol@example.net on the mail to <EMAIL_ADDRESS_1>.", in.vault());

        assertThat(out.text()).isEqualTo("Copied [EMAIL_ADDRESS] on the mail to alice@example.com.");
        assertThat(out.decisions()).singleElement().satisfies(d -> assertThat(d.span()).isEqualTo(new Span(7, 24)));
    }

    @Test
    void leavesUnknownAndMalformedPlaceholdersAlone() {
        InputResult in = chain.checkInput("mail alice@example.com");
        String text = "<EMAIL_ADDRESS_9> <EMAIL_ADDRESS_1 > <email_address_1> <<EMAIL_ADDRESS_1>>";

        OutputResult out = chain.checkOutput(text, in.vault());

        assertThat(out.text()).isEqualTo("<EMAIL_ADDRESS_9> <EMAIL_ADDRESS_1 > <email_address_1> <alice@example.com>");
    }

    @Test
    void blocksAResponseWithABlockedFinding() {
        OutputResult out = chain.checkOutput("Your card is 4111 1111 1111 1111.", new PseudonymVault());

        assertThat(out.blocked()).isTrue();
        assertThat(out.text()).isNull();
        assertThat(out.blockedBy().rule()).isEqualTo("no-cards");
        assertThat(out.toException().getMessage()).startsWith("response blocked by guard rule 'no-cards'").doesNotContain("1111");
    }

    @Test
    void flagsOnTheOutputSideLeaveTheTextAlone() {
        GuardChain flagging = new GuardChain(GuardPolicy.of(List.of(), List.of(GuardRule.of(email(), FLAG))), GuardListener.NONE);

        OutputResult out = flagging.checkOutput("write to carol@example.net", new PseudonymVault());

        assertThat(out.text()).isEqualTo("write to carol@example.net");
        assertThat(out.decisions()).extracting(GuardDecision::action).containsExactly(FLAG);
    }

    @Test
    void anOutputBeyondTheLimitIsBlockedWhenFailClosed() {
        GuardChain small = new GuardChain(GuardPolicy.of(List.of(), List.of(GuardRule.of(email(), FLAG))).window(64).maxChars(100),
                GuardListener.NONE);

        OutputResult out = small.checkOutput("y".repeat(101), new PseudonymVault());

        assertThat(out.blocked()).isTrue();
        assertThat(out.blockedBy().findingType()).isEqualTo(GuardDecision.UNCHECKED_TOO_LARGE);
    }
}
