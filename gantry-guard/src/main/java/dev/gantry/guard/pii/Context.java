package dev.gantry.guard.pii;

import java.util.regex.Pattern;

/** Looks for cue words in a window of text before a candidate, as Presidio's context enhancement does. */
final class Context {
    private Context() {}

    /** Whether {@code cue} matches in the {@code window} chars before {@code start}. */
    static boolean before(String text, int start, int window, Pattern cue) {
        return cue.matcher(text.substring(Math.max(0, start - window), start)).find();
    }

    /** The rest of the line after {@code end}, at most {@code window} chars. */
    static String restOfLine(String text, int end, int window) {
        String after = text.substring(end, Math.min(text.length(), end + window));
        int newline = after.indexOf('\n');
        return newline < 0 ? after : after.substring(0, newline);
    }
}
