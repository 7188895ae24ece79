package dev.gantry.alerts.eval;

import dev.gantry.alerts.rule.ErrorRateRule;
import dev.gantry.alerts.window.SlotRing;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The share of a model alias's requests that failed over a sliding window (60 slots). */
public final class ErrorRateEvaluator implements RuleEvaluator {
    private final ErrorRateRule rule;
    private final SlotRing slots;
    private final Instant startedAt;

    /** @param startedAt before one window has passed since then, too few requests means "not known yet" */
    public ErrorRateEvaluator(ErrorRateRule rule, Instant startedAt) {
        this.rule = rule;
        this.slots = new SlotRing(rule.window(), 60, false);
        this.startedAt = startedAt;
    }

    @Override
    public ErrorRateRule rule() {
        return rule;
    }

    @Override
    public void record(Sample s) {
        if (rule.model().equals(s.model())) slots.add(s.atMillis(), s.error(), -1, 0);
    }

    @Override
    public List<Check> evaluate(Instant now) {
        SlotRing.Totals t = slots.last(rule.window(), now.toEpochMilli());
        double percent = t.requests() == 0 ? 0 : 100.0 * t.errors() / t.requests();
        Verdict verdict = t.requests() < rule.minRequests() ? Warmup.tooFew(startedAt, rule.window(), now)
                : percent > rule.abovePercent() ? Verdict.BREACHED : Verdict.CLEAR;
        String message = String.format(Locale.ROOT, "%.1f%% of %d requests to '%s' failed in the last %s (limit %s%%)",
                percent, t.requests(), rule.model(), Durations.text(rule.window()), Numbers.text(rule.abovePercent()));
        return List.of(new Check(rule.model(), 0, verdict, round(percent), rule.abovePercent(), message));
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
