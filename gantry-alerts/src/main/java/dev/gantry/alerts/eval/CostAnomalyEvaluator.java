package dev.gantry.alerts.eval;

import dev.gantry.alerts.rule.CostAnomalyRule;
import dev.gantry.alerts.window.SlotRing;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Spend of the last window against the average window of the trailing period before it, in slots a sixth of a
 * window wide. The ring is seeded from the usage ledger at start-up so a restart does not make every hour look new.
 */
public final class CostAnomalyEvaluator implements RuleEvaluator {
    public static final String ALL_TRAFFIC = "*";
    private static final int SLOTS_PER_WINDOW = 6;
    private final CostAnomalyRule rule;
    private final SlotRing slots;
    private final CostHistory history;
    private final Instant seedUntil;

    /**
     * @param history   spend in the ledger, or null to start empty
     * @param seedUntil requests received from this instant on arrive as samples; the ledger supplies those before
     */
    public CostAnomalyEvaluator(CostAnomalyRule rule, CostHistory history, Instant seedUntil) {
        this.rule = rule;
        long windows = Math.max(1, rule.trailing().toMillis() / rule.window().toMillis()) + 1;
        this.slots = new SlotRing(rule.window().multipliedBy(windows), (int) windows * SLOTS_PER_WINDOW, false);
        this.history = history;
        this.seedUntil = seedUntil;
    }

    @Override
    public CostAnomalyRule rule() {
        return rule;
    }

    @Override
    public void prepare() {
        if (history == null) return;
        long last = slots.slotOf(seedUntil.toEpochMilli());
        long first = slots.slotOf(seedUntil.minus(rule.trailing()).minus(rule.window()).toEpochMilli());
        for (long slot = first; slot <= last; slot++) {
            Instant from = Instant.ofEpochMilli(slot * slots.width());
            Instant to = slot == last ? seedUntil : from.plusMillis(slots.width());
            long cost = history.costNanos(from, to, rule.model());
            if (cost != 0) slots.add(from.toEpochMilli(), false, -1, cost);
        }
    }

    @Override
    public void record(Sample s) {
        if (rule.model() == null || rule.model().equals(s.model())) slots.add(s.atMillis(), false, -1, s.costNanos());
    }

    @Override
    public List<Check> evaluate(Instant now) {
        long nowSlot = slots.slotOf(now.toEpochMilli());
        long windowSlots = Math.max(1, rule.window().toMillis() / slots.width());
        long trailingSlots = Math.max(1, rule.trailing().toMillis() / slots.width());
        long current = slots.sum(nowSlot - windowSlots + 1, nowSlot).costNanos();
        long trailing = slots.sum(nowSlot - windowSlots - trailingSlots + 1, nowSlot - windowSlots).costNanos();
        double average = trailing * (double) windowSlots / trailingSlots;
        boolean breached = current >= Money.toNanos(rule.minCost()) && current > rule.factor() * average;
        double limit = Math.max(rule.factor() * average, Money.toNanos(rule.minCost()));
        String message = String.format(Locale.ROOT, "%s spent%s in the last %s against an average of %s per %s over the %s before (alert above %sx and %s)",
                Money.text(current), rule.model() == null ? "" : " on '" + rule.model() + "'", Durations.text(rule.window()),
                Money.text((long) average), Durations.text(rule.window()), Durations.text(rule.trailing()),
                Numbers.text(rule.factor()), Money.text(rule.minCost()));
        return List.of(new Check(rule.model() == null ? ALL_TRAFFIC : rule.model(), 0,
                breached ? Verdict.BREACHED : Verdict.CLEAR, Money.toUsd(current).doubleValue(), Money.toUsd((long) limit).doubleValue(), message));
    }
}
