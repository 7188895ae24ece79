package dev.gantry.guard.chain;

import dev.gantry.guard.text.Span;
import java.util.Locale;
import java.util.Objects;

/**
 * What the guard decided about one finding, safe to log, count and show a client: it never holds the matched
 * value. The span is in the checked text (the client's request, or the response after placeholders were
 * restored); for a stream, offsets count from the start of the response.
 *
 * @param rule     the rule that matched, or {@code fail-closed}/{@code fail-open} when the text was not checked
 * @param detector the detector's name, or {@code guard} for a text too large to check
 */
public record GuardDecision(String rule, String detector, GuardAction action, String findingType, double score,
                            String reason, Span span) {
    public static final String UNCHECKED_TOO_LARGE = "UNCHECKED_TOO_LARGE";
    public static final String UNCHECKED_DETECTOR_FAILED = "UNCHECKED_DETECTOR_FAILED";

    public GuardDecision {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(findingType, "findingType");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(span, "span");
    }

    /** The guard could not check (part of) the text: a detector failed, or the text was beyond the limit. */
    public boolean unchecked() {
        return findingType.equals(UNCHECKED_TOO_LARGE) || findingType.equals(UNCHECKED_DETECTOR_FAILED);
    }

    /** One line naming the rule, the type and where, for logs and client errors. */
    public String describe() {
        return String.format(Locale.ROOT, "rule '%s' (detector '%s'): %s at chars %d-%d, score %.2f: %s",
                rule, detector, findingType, span.start(), span.end(), score, reason);
    }

    /** The same decision with its span moved by {@code offset} chars, for texts checked in pieces. */
    GuardDecision shift(int offset) {
        return new GuardDecision(rule, detector, action, findingType, score, reason, span.shift(offset));
    }

    static GuardDecision tooLarge(GuardAction action, int length, int checked) {
        String reason = "the text is " + length + " chars and the guard checks at most " + checked + "; it was not checked";
        return new GuardDecision(uncheckedRule(action), "guard", action, UNCHECKED_TOO_LARGE, 1, reason, new Span(checked, length));
    }

    /** Names only the exception's class: its message could quote the text. */
    static GuardDecision detectorFailed(GuardAction action, String detector, Throwable failure, Span span) {
        String reason = "the detector failed (" + failure.getClass().getSimpleName() + "), so the text was unchecked by it";
        return new GuardDecision(uncheckedRule(action), detector, action, UNCHECKED_DETECTOR_FAILED, 1, reason, span);
    }

    private static String uncheckedRule(GuardAction action) {
        return action == GuardAction.BLOCK ? "fail-closed" : "fail-open";
    }
}
