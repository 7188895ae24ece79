package dev.gantry.guard.pii;

import dev.gantry.guard.pii.EntityTokenizer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a token list into sentences for the entity model: after {@code . ! ?} (unless the dot ends an initial or a
 * title such as "Dr."), at line breaks, and every {@link #MAX_TOKENS} tokens so one call never decodes an unbounded
 * sequence. The model was trained on sentences cut the same way, so its sentence-start feature means the same.
 */
public final class EntitySentences {
    static final int MAX_TOKENS = 150;
    private static final Set<String> ENDS = Set.of(".", "!", "?", "…");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "mt",
            "hr", "frau", "herr", "mme", "mlle", "sra", "no", "vs", "etc", "inc", "ltd", "co", "corp");

    private EntitySentences() {}

    public static List<List<Token>> split(String text, List<Token> tokens) {
        List<List<Token>> sentences = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean last = i + 1 == tokens.size();
            if (last || endsSentence(tokens, i) || lineBreakAfter(text, tokens, i) || i + 1 - from >= MAX_TOKENS) {
                sentences.add(tokens.subList(from, i + 1));
                from = i + 1;
            }
        }
        return sentences;
    }

    private static boolean endsSentence(List<Token> tokens, int i) {
        String t = tokens.get(i).text();
        if (!ENDS.contains(t)) return false;
        if (!t.equals(".") || i == 0) return true;
        String before = tokens.get(i - 1).text();
        boolean initial = before.length() == 1 && Character.isUpperCase(before.charAt(0));
        return !initial && !ABBREVIATIONS.contains(before.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean lineBreakAfter(String text, List<Token> tokens, int i) {
        int end = tokens.get(i).end();
        int next = tokens.get(i + 1).start();
        return text.substring(end, next).indexOf('\n') >= 0;
    }
}
