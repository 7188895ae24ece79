package dev.gantry.guard.chain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replaces the values of REDACT and PSEUDONYMIZE hits. Overlapping hits are merged into one span, replaced
 * once, labelled by the strongest hit (action, then score, then length), so nothing of either value is left.
 */
final class Rewriter {
    private static final Comparator<Hit> STRONGEST = Comparator.comparing(Hit::action)
            .thenComparingDouble(h -> h.finding().score())
            .thenComparingInt(h -> h.span().length());

    private Rewriter() {
    }

    /** {@code vault} may be null when no hit pseudonymizes (the output side). */
    static String rewrite(String text, List<Hit> hits, PseudonymVault vault) {
        List<Hit> rewriting = rewritingHits(hits);
        if (rewriting.isEmpty()) return text;
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int i = 0;
        while (i < rewriting.size()) {
            Hit strongest = rewriting.get(i);
            int start = strongest.span().start();
            int end = strongest.span().end();
            for (i++; i < rewriting.size() && rewriting.get(i).span().start() < end; i++) {
                Hit next = rewriting.get(i);
                end = Math.max(end, next.span().end());
                if (STRONGEST.compare(next, strongest) > 0) strongest = next;
            }
            out.append(text, copied, start).append(replacement(strongest, text.substring(start, end), vault));
            copied = end;
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static List<Hit> rewritingHits(List<Hit> hits) {
        List<Hit> rewriting = new ArrayList<>();
        for (Hit h : hits) {
            if (h.action().rewrites() && !h.span().isEmpty()) rewriting.add(h);
        }
        rewriting.sort(Comparator.comparingInt((Hit h) -> h.span().start()));
        return rewriting;
    }

    private static String replacement(Hit hit, String value, PseudonymVault vault) {
        String type = hit.finding().type();
        if (hit.action() == GuardAction.PSEUDONYMIZE) return vault.placeholderFor(type, value);
        return "[" + PseudonymVault.label(type) + "]";
    }
}
