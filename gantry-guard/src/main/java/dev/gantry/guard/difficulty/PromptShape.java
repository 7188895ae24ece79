package dev.gantry.guard.difficulty;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Structural signals of a prompt that n-grams miss or dilute: its length, lines, code, arithmetic, lists, how many
 * questions and sentences. Each is a named indicator, so the classifier learns one weight per bucket instead of
 * assuming that difficulty grows linearly with a count.
 */
final class PromptShape {
    private static final Pattern CODE = Pattern.compile(
            "```|\\b(def|class|return|import|function|public|SELECT|const|let|var|fn)\\b|=>|[{};]\\s*$|\\w+\\([^)]*\\)\\s*[{:]",
            Pattern.MULTILINE);
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final Pattern ARITHMETIC = Pattern.compile("\\d\\s*[-+*/^×÷=<>%]\\s*\\d|\\\\frac|\\\\sum|∫|√|\\b[xyn]\\s*[=^]");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*•]|\\d+[.)])\\s+", Pattern.MULTILINE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？](?:\\s|$)");

    private PromptShape() {
    }

    /** The names of the indicators that hold for this prompt (raw text: code and line breaks matter here). */
    static List<String> of(String prompt) {
        List<String> on = new ArrayList<>(8);
        on.add("words:" + bucket(words(prompt), 5, 12, 25, 60, 150));
        on.add("lines:" + bucket(prompt.strip().split("\n").length, 1, 3, 10));
        on.add("questions:" + bucket(count(prompt, '?') + count(prompt, '？'), 0, 1));
        on.add("sentences:" + bucket(SENTENCE_END.matcher(prompt).results().count(), 1, 3, 6));
        on.add("numbers:" + bucket(NUMBER.matcher(prompt).results().count(), 0, 2, 5));
        if (CODE.matcher(prompt).find()) on.add("code");
        if (ARITHMETIC.matcher(prompt).find()) on.add("arithmetic");
        if (LIST_ITEM.matcher(prompt).results().count() >= 2) on.add("list");
        return on;
    }

    static int words(String s) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = !Character.isWhitespace(s.charAt(i));
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }

    /** "<=a", "<=b", ... or ">z": the first bound the value is within. */
    private static String bucket(long value, long... bounds) {
        for (long b : bounds) if (value <= b) return "<=" + b;
        return ">" + bounds[bounds.length - 1];
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
