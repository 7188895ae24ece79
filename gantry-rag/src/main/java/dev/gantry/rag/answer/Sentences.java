package dev.gantry.rag.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the sentences of a text end, so a text can be shortened without cutting one. A sentence ends at
 * . ! ? (and closing quotes or brackets after them) followed by white space and then anything but a
 * lower-case letter ("e.g. this" does not end one), at a blank line, and at the end of a Markdown heading or
 * table row, which are units of their own. java.text.BreakIterator was not used: it ignores paragraph breaks
 * and splits "fine." from its full stop before a blank line.
 */
final class Sentences {
    private Sentences() {
    }

    /**
     * @return end offsets (exclusive, trailing white space left out) of each sentence, ascending; the last is
     * the end of the text's last non-blank character
     */
    static List<Integer> ends(String text) {
        List<Integer> ends = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (endsUnitLine(text, lineStart, i) || blankLineFollows(text, i)) add(ends, text, i);
                lineStart = i + 1;
            } else if (isTerminal(c)) {
                int end = afterClosers(text, i + 1);
                if (end < text.length() && Character.isWhitespace(text.charAt(end)) && !lowerCaseFollows(text, end)) {
                    add(ends, text, end);
                }
            }
        }
        add(ends, text, text.length());
        return ends;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？';
    }

    private static int afterClosers(String text, int i) {
        while (i < text.length() && "\"')]”’»".indexOf(text.charAt(i)) >= 0) i++;
        return i;
    }

    private static boolean lowerCaseFollows(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i < text.length() && Character.isLowerCase(text.charAt(i));
    }

    private static boolean endsUnitLine(String text, int lineStart, int newline) {
        String line = text.substring(lineStart, newline).strip();
        return line.startsWith("#") || line.startsWith("|");
    }

    private static boolean blankLineFollows(String text, int newline) {
        for (int i = newline + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') return true;
            if (!Character.isWhitespace(c)) return false;
        }
        return true;
    }

    /** Adds the end with trailing white space stripped, once, and only if it ends something non-blank. */
    private static void add(List<Integer> ends, String text, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) e--;
        int last = ends.isEmpty() ? 0 : ends.get(ends.size() - 1);
        if (e > last) ends.add(e);
    }
}
