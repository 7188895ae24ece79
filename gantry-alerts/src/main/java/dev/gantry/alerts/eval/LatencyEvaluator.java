package dev.gantry.alerts.eval;

import dev.gantry.alerts.rule.LatencyRule;
import dev.gantry.alerts.window.LatencyHistogram;
import dev.gantry.alerts.window.SlotRing;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A latency percentile of a model alias's answered requests over a sliding window (60 slots of histograms). */
public final class LatencyEvaluator implements RuleEvaluator {
    private final LatencyRule rule;
    private final SlotRing slots;
    private final Instant startedAt;

    public LatencyEvaluator(LatencyRule rule, Instant startedAt) {
        this.rule = rule;
        this.slots = new SlotRing(rule.window(), 60, true);
        this.startedAt = startedAt;
    }

    @Override
    public LatencyRule rule() {
        return rule;
    }

    @Override
    public void record(Sample s) {
        if (s.latencyMillis() >= 0 && rule.model().equals(s.model())) slots.add(s.atMillis(), false, s.latencyMillis(), 0);
    }

    @Override
    public List<Check> evaluate(Instant now) {
        SlotRing.Totals t = slots.last(rule.window(), now.toEpochMilli());
        double p = Math.round(LatencyHistogram.percentile(t.latency(), rule.percentile()));
        double limit = rule.above().toMillis();
        Verdict verdict = t.requests() < rule.minRequests() ? Warmup.tooFew(startedAt, rule.window(), now)
                : p > limit ? Verdict.BREACHED : Verdict.CLEAR;
        String message = String.format(Locale.ROOT, "p%s latency of '%s' is %s over %d answered requests in the last %s (limit %s)",
                Numbers.text(rule.percentile()), rule.model(), Durations.millis(p), t.requests(),
                Durations.text(rule.window()), Durations.text(rule.above()));
        return List.of(new Check(rule.model(), 0, verdict, p, limit, message));
    }
}
