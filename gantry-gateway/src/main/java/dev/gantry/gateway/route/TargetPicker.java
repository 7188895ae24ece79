package dev.gantry.gateway.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Chooses the target for one attempt: among the alias's targets not yet failed in this request and whose
 * circuit lets a call through, by weight or by fewest calls in flight. The returned target has already
 * taken its breaker slot ({@link TargetHealth#begin()}): the caller must settle it exactly once.
 */
public final class TargetPicker {
    private TargetPicker() {
    }

    /** @return the chosen target, or null when every target is excluded or its circuit is open */
    public static TargetHealth pick(List<TargetHealth> targets, Balance balance, Set<TargetHealth> excluded) {
        List<TargetHealth> candidates = new ArrayList<>(targets.size());
        for (TargetHealth t : targets) {
            if (!excluded.contains(t) && t.target().weight() > 0) candidates.add(t);
        }
        while (!candidates.isEmpty()) {
            TargetHealth chosen = balance == Balance.LEAST_IN_FLIGHT ? leastInFlight(candidates) : weighted(candidates);
            if (chosen.begin()) return chosen;
            candidates.remove(chosen);
        }
        return null;
    }

    private static TargetHealth weighted(List<TargetHealth> candidates) {
        if (candidates.size() == 1) return candidates.get(0);
        int total = 0;
        for (TargetHealth t : candidates) total += t.target().weight();
        int r = ThreadLocalRandom.current().nextInt(total);
        for (TargetHealth t : candidates) {
            r -= t.target().weight();
            if (r < 0) return t;
        }
        return candidates.get(candidates.size() - 1);
    }

    private static TargetHealth leastInFlight(List<TargetHealth> candidates) {
        TargetHealth best = candidates.get(0);
        for (TargetHealth t : candidates) {
            if (t.inFlight() < best.inFlight()
                    || (t.inFlight() == best.inFlight() && t.target().weight() > best.target().weight())) {
                best = t;
            }
        }
        return best;
    }
}
