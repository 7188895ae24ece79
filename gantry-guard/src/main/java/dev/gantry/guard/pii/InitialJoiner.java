package dev.gantry.guard.pii;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Rejoins a name the model cut at the dot of a middle initial ("Anna B" + "." + "Keller"): the dot token is mostly
 * "outside" in training, so the model tends to end the span there. Two spans of one type joined by a lone dot right
 * after a single capital letter become one span.
 */
final class InitialJoiner {
    private InitialJoiner() {}

    static Span[] join(String[] words, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span span : spans) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && joinable(words, last, span)) {
                out.set(out.size() - 1, new Span(last.getStart(), span.getEnd(), last.getType()));
            } else {
                out.add(span);
            }
        }
        return out.toArray(Span[]::new);
    }

    /** The probability of each joined span: the lowest of the spans it was made of. */
    static double[] joinProbs(Span[] before, double[] probs, Span[] after) {
        double[] joined = new double[after.length];
        for (int a = 0; a < after.length; a++) {
            joined[a] = 1;
            for (int b = 0; b < before.length; b++) {
                if (after[a].contains(before[b])) joined[a] = Math.min(joined[a], probs[b]);
            }
        }
        return joined;
    }

    private static boolean joinable(String[] words, Span left, Span right) {
        int dot = left.getEnd();
        if (right.getStart() != dot + 1 || !words[dot].equals(".") || !left.getType().equals(right.getType())) {
            return false;
        }
        String initial = words[dot - 1];
        return initial.length() == 1 && Character.isUpperCase(initial.charAt(0));
    }
}
