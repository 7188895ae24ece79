package dev.gantry.gateway.cache;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second opinion on two similar latest user turns. Sentence embeddings barely weigh the small words that change an
 * answer: "convert JSON to XML" and "convert XML to JSON", "is it empty" and "is it not empty", "$49 instead of $29"
 * and "$29 instead of $49" all score above 0.97 (docs/benchmarks.md). Two texts pass only when they have
 * <ul>
 * <li>the same numbers and arithmetic signs, in the same order (number words count as digits, "percent" as %);</li>
 * <li>the same answer-flipping function words (negations, before/after, more/less, out, instead...), as sets;</li>
 * <li>not the very same content words in another order (a swap: "list to a set" and "set to a list"); this also
 * turns away paraphrases that only reorder ("the smallest country" and "which country is the smallest").</li>
 * </ul>
 * The rules were written for the kinds of near miss in the labeled set, so they are measured on it with that
 * caveat; their price is paraphrases turned away (listed by SemanticCacheEvalIT).
 */
public final class DetailCheck {
    private static final Pattern TOKEN = Pattern.compile("\\d+(?:[.,]\\d+)*|[\\p{L}]+(?:'[\\p{L}]+)?|[+\\-*/^=%$€£<>]");
    /** "stainless-steel", "ten-year-old": a hyphen between letters joins words, it is not a minus. */
    private static final Pattern WORD_HYPHEN = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");
    private static final Set<String> ORDINALS = Set.of("first", "second", "third", "half", "twice", "double");
    private static final Set<String> FLIPPING = Set.of("not", "no", "never", "without", "none", "nor", "cannot",
            "neither", "except", "before", "after", "within", "until", "since", "out", "off", "more", "less", "fewer",
            "most", "least", "above", "below", "over", "under", "minus", "plus", "instead", "than", "only");
    private static final Set<String> STOP = Set.of("a", "an", "the", "i", "my", "me", "you", "your", "is", "are",
            "do", "does", "can", "could", "how", "what", "what's", "whats", "which", "to", "of", "in", "on", "for",
            "it", "and", "or", "with", "way", "get", "be", "there", "this", "that", "please", "should", "would");

    private DetailCheck() {
    }

    public static boolean sameDetails(String a, String b) {
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        return numbers(ta).equals(numbers(tb)) && flipping(ta).equals(flipping(tb)) && !swapped(ta, tb);
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        String words = WORD_HYPHEN.matcher(text.toLowerCase(Locale.ROOT).replace("n't", " not")).replaceAll(" ");
        Matcher m = TOKEN.matcher(words);
        while (m.find()) out.add(normalized(m.group()));
        return out;
    }

    private static String normalized(String token) {
        int n = NUMBER_WORDS.indexOf(token);
        if (n >= 0) return String.valueOf(n);
        return token.equals("percent") ? "%" : token;
    }

    private static List<String> numbers(List<String> tokens) {
        return tokens.stream().filter(t -> Character.isDigit(t.charAt(0)) || ORDINALS.contains(t)
                || (t.length() == 1 && !Character.isLetter(t.charAt(0)))).toList();
    }

    private static Set<String> flipping(List<String> tokens) {
        Set<String> out = new HashSet<>(tokens);
        out.retainAll(FLIPPING);
        return out;
    }

    /** The same content words (first occurrences) in a different order. */
    private static boolean swapped(List<String> a, List<String> b) {
        List<String> ca = content(a);
        List<String> cb = content(b);
        return !ca.equals(cb) && new HashSet<>(ca).equals(new HashSet<>(cb));
    }

    private static List<String> content(List<String> tokens) {
        List<String> out = new ArrayList<>();
        for (String t : tokens) {
            if (!STOP.contains(t) && !FLIPPING.contains(t) && !out.contains(t)) out.add(t);
        }
        return out;
    }
}
