package dev.gantry.guard.chain;

import dev.gantry.guard.text.Normalizer;
import java.util.List;

/**
 * The rules for each side and how to behave when the guard cannot check a text.
 *
 * @param failClosed when a detector throws or a text is beyond {@code maxChars}: block (true) or let the
 *                   text through with a FLAG decision saying it was not checked (false)
 * @param window     most chars of a streamed response held back at once; at least twice the longest value
 *                   a detector should catch whole, and at least {@value #MIN_WINDOW} to fit a placeholder
 * @param maxChars   longest text the guard checks
 */
public record GuardPolicy(List<GuardRule> input, List<GuardRule> output, boolean failClosed, int window, int maxChars) {
    public static final int MIN_WINDOW = 32;
    public static final int DEFAULT_WINDOW = 256;

    public GuardPolicy {
        input = List.copyOf(input);
        output = List.copyOf(output);
        if (window < MIN_WINDOW) throw new IllegalArgumentException("window must be at least " + MIN_WINDOW + " chars, was " + window);
        if (maxChars < window) throw new IllegalArgumentException("maxChars (" + maxChars + ") must be at least the window (" + window + ")");
        for (GuardRule rule : output) {
            if (rule.action() == GuardAction.PSEUDONYMIZE) {
                throw new IllegalArgumentException("output rule '" + rule.name() + "' uses pseudonymize, which only "
                        + "applies to input (the client would see placeholders); use redact");
            }
        }
    }

    /** Fail closed, default window and limit. */
    public static GuardPolicy of(List<GuardRule> input, List<GuardRule> output) {
        return new GuardPolicy(input, output, true, DEFAULT_WINDOW, Normalizer.DEFAULT_MAX_CHARS);
    }

    public GuardPolicy failClosed(boolean newFailClosed) {
        return new GuardPolicy(input, output, newFailClosed, window, maxChars);
    }

    public GuardPolicy window(int newWindow) {
        return new GuardPolicy(input, output, failClosed, newWindow, maxChars);
    }

    public GuardPolicy maxChars(int newMaxChars) {
        return new GuardPolicy(input, output, failClosed, window, newMaxChars);
    }

    /** The action for a text the guard could not check. */
    GuardAction uncheckedAction() {
        return failClosed ? GuardAction.BLOCK : GuardAction.FLAG;
    }
}
