package dev.gantry.guard.pii;

import dev.gantry.guard.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps a set of non-overlapping findings: higher score wins, then the longer span, then the earlier one. Checksum
 * validated findings (cards, IBANs) therefore beat a phone-number reading of the same digits, and among equally sure
 * readings the one that explains more of the text wins. Result sorted by start.
 */
final class OverlapResolver {
    private static final Comparator<Finding> PRIORITY = Comparator.comparingDouble(Finding::score).reversed()
            .thenComparing(Comparator.comparingInt(Finding::length).reversed())
            .thenComparingInt(Finding::start);

    private OverlapResolver() {}

    static List<Finding> resolve(List<Finding> findings) {
        List<Finding> byPriority = new ArrayList<>(findings);
        byPriority.sort(PRIORITY);
        List<Finding> kept = new ArrayList<>();
        for (Finding candidate : byPriority) {
            if (kept.stream().noneMatch(candidate::overlaps)) kept.add(candidate);
        }
        kept.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
        return kept;
    }
}
