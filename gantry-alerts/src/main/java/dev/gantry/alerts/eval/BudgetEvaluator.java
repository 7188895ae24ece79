package dev.gantry.alerts.eval;

import dev.gantry.alerts.rule.BudgetRule;
import dev.gantry.core.alert.AlertEvent;
import dev.gantry.core.alert.AlertState;
import dev.gantry.core.keys.KeyBudget;
import dev.gantry.core.keys.VirtualKey;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Each watched key's committed spend (what admission checks: spent plus reserved) as a percent of its budget for
 * the current period. Admission refuses a request whose worst case would pass the budget, so spend rarely reaches
 * exactly 100%: a refusal by the budget counts as 100%. The highest percent of the period is kept (a reservation
 * settling lower does not resolve a threshold, nor does a restart), so a threshold resolves when the period rolls
 * over or the budget changes.
 */
public final class BudgetEvaluator implements RuleEvaluator {
    private final BudgetRule rule;
    private final Supplier<List<VirtualKey>> keys;
    private final KeySpend spend;
    private final Map<String, Long> lastRefusal = new HashMap<>();
    private final Map<String, Peak> peaks = new HashMap<>();

    /** @param keys every key (config and stored), asked at each evaluation so keys created at run time count */
    public BudgetEvaluator(BudgetRule rule, Supplier<List<VirtualKey>> keys, KeySpend spend) {
        this.rule = rule;
        this.keys = keys;
        this.spend = spend;
    }

    /** The highest percent seen in a period for a budget; {@code usd} null: restored, budget not known. */
    private record Peak(Instant periodStart, BigDecimal usd, double percent) {
        boolean holdsFor(Instant start, BigDecimal budget) {
            return periodStart.equals(start) && (usd == null || usd.compareTo(budget) == 0);
        }
    }

    @Override
    public BudgetRule rule() {
        return rule;
    }

    @Override
    public void record(Sample s) {
        if (s.budgetRefused() && s.key() != null && watches(s.key())) lastRefusal.merge(s.key(), s.atMillis(), Math::max);
    }

    @Override
    public void restore(List<AlertEvent> lastEvents) {
        Map<String, VirtualKey> byName = new HashMap<>();
        for (VirtualKey k : keys.get()) if (k.budget() != null) byName.put(k.name(), k);
        for (AlertEvent e : lastEvents) {
            VirtualKey k = byName.get(e.subject());
            if (k == null || e.state() != AlertState.FIRING) continue;
            Instant start = k.budget().period().start(e.at());
            peaks.merge(k.name(), new Peak(start, null, e.value()), (a, b) -> a.percent() >= b.percent() ? a : b);
        }
    }

    @Override
    public List<Check> evaluate(Instant now) {
        List<Check> out = new ArrayList<>();
        for (VirtualKey k : keys.get()) {
            if (k.budget() == null || !k.enabled() || !watches(k.name())) continue;
            Instant start = k.budget().period().start(now);
            BigDecimal committed = spend.committed(k.name(), start);
            double percent = peak(k, start, percent(k, committed, start));
            for (int threshold : rule.thresholds()) out.add(check(k, committed, percent, threshold));
        }
        return out;
    }

    private boolean watches(String key) {
        return rule.keys().isEmpty() || rule.keys().contains(key);
    }

    private double peak(VirtualKey k, Instant start, double percent) {
        Peak before = peaks.get(k.name());
        double highest = before != null && before.holdsFor(start, k.budget().usd()) ? Math.max(before.percent(), percent) : percent;
        peaks.put(k.name(), new Peak(start, k.budget().usd(), highest));
        return highest;
    }

    private double percent(VirtualKey k, BigDecimal committed, Instant periodStart) {
        BigDecimal usd = k.budget().usd();
        double percent = usd.signum() == 0 ? 100
                : committed.multiply(BigDecimal.valueOf(100)).divide(usd, MathContext.DECIMAL64).doubleValue();
        Long refused = lastRefusal.get(k.name());
        boolean refusedThisPeriod = refused != null && refused >= periodStart.toEpochMilli();
        return Math.round((refusedThisPeriod ? Math.max(percent, 100) : percent) * 100) / 100.0;
    }

    private static Check check(VirtualKey k, BigDecimal committed, double percent, int threshold) {
        KeyBudget b = k.budget();
        String message = String.format(Locale.ROOT, "key '%s' has used %s%% of its %s per %s budget (%s spent or reserved; threshold %d%%)",
                k.name(), Numbers.text(percent), Money.text(b.usd()), b.period().name().toLowerCase(Locale.ROOT),
                Money.text(committed), threshold);
        return new Check(k.name(), threshold, percent >= threshold ? Verdict.BREACHED : Verdict.CLEAR, percent, threshold, message);
    }
}
