package dev.gantry.guard.chain;

import java.util.List;
import java.util.Optional;

/**
 * The guard's answer for a request text.
 *
 * @param text      what to send to the provider (redacted and pseudonymized); null when blocked
 * @param decisions every decision taken, blocking or not, in order of position
 * @param blockedBy the decision that blocked the request; null when it may go on
 * @param vault     placeholders made for this request: pass it to the output check of the same request
 */
public record InputResult(String text, List<GuardDecision> decisions, GuardDecision blockedBy, PseudonymVault vault) {
    public InputResult {
        decisions = List.copyOf(decisions);
        if ((text == null) == (blockedBy == null)) throw new IllegalArgumentException("exactly one of text and blockedBy");
    }

    public boolean blocked() {
        return blockedBy != null;
    }

    public Optional<GuardDecision> blocking() {
        return Optional.ofNullable(blockedBy);
    }

    /** The text to send on, or the error to answer the client with. */
    public String textOrThrow() {
        if (blocked()) throw toException();
        return text;
    }

    public GuardBlockedException toException() {
        if (!blocked()) throw new IllegalStateException("the request was not blocked");
        return new GuardBlockedException(GuardDirection.INPUT, blockedBy);
    }
}
