package dev.gantry.guard.pii;

import dev.gantry.guard.pii.EntityTokenizer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Rejoins a name the model cut at the dot of a middle initial ("Anna B" + "." + "Keller"): the dot token is mostly
 * "outside" in training, so the model tends to end the span there. Two spans of one type joined by a lone dot right
 * after a single capital letter become one span, with the lower probability of the two.
 */
final class InitialJoiner {
    private InitialJoiner() {}

    static List<EntitySpan> join(List<Token> words, List<EntitySpan> spans) {
        List<EntitySpan> out = new ArrayList<>(spans.size());
        for (EntitySpan span : spans) {
            EntitySpan last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && joinable(words, last, span)) {
                out.set(out.size() - 1, new EntitySpan(last.start(), span.end(), last.type(),
                        Math.min(last.probability(), span.probability())));
            } else {
                out.add(span);
            }
        }
        return out;
    }

    private static boolean joinable(List<Token> words, EntitySpan left, EntitySpan right) {
        int dot = left.end();
        if (right.start() != dot + 1 || !words.get(dot).text().equals(".") || !left.type().equals(right.type())) {
            return false;
        }
        String initial = words.get(dot - 1).text();
        return initial.length() == 1 && Character.isUpperCase(initial.charAt(0));
    }
}
