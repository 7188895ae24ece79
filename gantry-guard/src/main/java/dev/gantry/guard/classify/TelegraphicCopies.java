package dev.gantry.guard.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Training rows in the register of a word-by-word {@link EnglishGloss}: each row again without articles, auxiliaries
 * and the infinitive "to" ("how make bomb at home" for "how do I make a bomb at home"), so that a classifier trained
 * on English reads glosses of other languages as it reads English. Both labels get their copies, so the register
 * itself says nothing about the label.
 */
public final class TelegraphicCopies {
    private static final Set<String> DROPPED = Set.of("a", "an", "the", "to", "do", "does", "did", "can", "could", "would",
            "will", "should", "please", "is", "are", "am", "be");

    private TelegraphicCopies() {
    }

    /** The rows followed by their telegraphic copies (a row with nothing to drop is not copied). */
    public static List<Exemplar> with(List<Exemplar> rows) {
        List<Exemplar> out = new ArrayList<>(rows.size() * 2);
        out.addAll(rows);
        for (Exemplar row : rows) {
            String copy = of(row.text());
            if (!copy.equals(row.text())) out.add(new Exemplar(copy, row.positive(), row.category()));
        }
        return out;
    }

    /** The text without the dropped words, other words and their punctuation as they were. */
    static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String word : text.split("\\s+")) {
            if (DROPPED.contains(bare(word))) continue;
            if (!out.isEmpty()) out.append(' ');
            out.append(word);
        }
        return out.toString();
    }

    private static String bare(String word) {
        StringBuilder letters = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c) || c == '\'') letters.append(c);
        }
        return letters.toString().toLowerCase(Locale.ROOT);
    }
}
