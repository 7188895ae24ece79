package dev.gantry.guard.chain;

import java.util.List;
import java.util.Optional;

/**
 * The guard's answer for a whole response text.
 *
 * @param text      what to give the client (placeholders restored, output rules applied); null when blocked
 * @param decisions every decision taken, in order of position in the restored text
 * @param blockedBy the decision that blocked the response; null when it may go out
 */
public record OutputResult(String text, List<GuardDecision> decisions, GuardDecision blockedBy) {
    public OutputResult {
        decisions = List.copyOf(decisions);
        if ((text == null) == (blockedBy == null)) throw new IllegalArgumentException("exactly one of text and blockedBy");
    }

    public boolean blocked() {
        return blockedBy != null;
    }

    public Optional<GuardDecision> blocking() {
        return Optional.ofNullable(blockedBy);
    }

    public String textOrThrow() {
        if (blocked()) throw toException();
        return text;
    }

    public GuardBlockedException toException() {
        if (!blocked()) throw new IllegalStateException("the response was not blocked");
        return new GuardBlockedException(GuardDirection.OUTPUT, blockedBy);
    }
}
