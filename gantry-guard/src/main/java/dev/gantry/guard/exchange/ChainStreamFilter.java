package dev.gantry.guard.exchange;

import dev.gantry.core.guard.StreamFilter;
import dev.gantry.guard.chain.GuardChain;
import dev.gantry.guard.chain.GuardDecision;
import dev.gantry.guard.chain.OutputStreamGuard;
import dev.gantry.guard.chain.PseudonymVault;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The output rules on a streamed answer: one sliding-window guard per choice, all sharing the request's vault. */
final class ChainStreamFilter implements StreamFilter {
    private final GuardChain chain;
    private final PseudonymVault vault;
    private final Consumer<List<GuardDecision>> onEnd;
    private final Map<Integer, OutputStreamGuard> guards = new HashMap<>();

    ChainStreamFilter(GuardChain chain, PseudonymVault vault, Consumer<List<GuardDecision>> onEnd) {
        this.chain = chain;
        this.vault = vault;
        this.onEnd = onEnd;
    }

    @Override
    public String text(int choice, String delta) {
        OutputStreamGuard g = guards.computeIfAbsent(choice, c -> chain.openOutputStream(vault));
        String out = g.accept(delta);
        if (g.blocked()) throw ended(g);
        return out;
    }

    @Override
    public String end(int choice) {
        OutputStreamGuard g = guards.remove(choice);
        if (g == null) return "";
        String out = g.finish();
        if (g.blocked()) throw ended(g);
        report(g);
        return out;
    }

    private RuntimeException ended(OutputStreamGuard g) {
        guards.values().remove(g);
        report(g);
        return g.toException();
    }

    private void report(OutputStreamGuard g) {
        List<GuardDecision> decisions = new ArrayList<>(g.decisions());
        if (!decisions.isEmpty()) onEnd.accept(decisions);
    }
}
