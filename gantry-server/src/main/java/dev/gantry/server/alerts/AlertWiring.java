package dev.gantry.server.alerts;

import dev.gantry.alerts.AlertEngine;
import dev.gantry.alerts.AlertEvaluator;
import dev.gantry.alerts.NotificationDispatcher;
import dev.gantry.alerts.eval.BudgetEvaluator;
import dev.gantry.alerts.eval.CostAnomalyEvaluator;
import dev.gantry.alerts.eval.CostHistory;
import dev.gantry.alerts.eval.ErrorRateEvaluator;
import dev.gantry.alerts.eval.KeySpend;
import dev.gantry.alerts.eval.LatencyEvaluator;
import dev.gantry.alerts.eval.Money;
import dev.gantry.alerts.eval.RuleEvaluator;
import dev.gantry.alerts.rule.AlertRule;
import dev.gantry.alerts.rule.BudgetRule;
import dev.gantry.alerts.rule.CostAnomalyRule;
import dev.gantry.alerts.rule.ErrorRateRule;
import dev.gantry.alerts.rule.LatencyRule;
import dev.gantry.core.alert.AlertHistory;
import dev.gantry.core.alert.Notifier;
import dev.gantry.core.http.HttpTransport;
import dev.gantry.core.keys.KeyStore;
import dev.gantry.core.keys.VirtualKey;
import dev.gantry.core.limits.BudgetLedger;
import dev.gantry.core.usage.UsageGroupBy;
import dev.gantry.core.usage.UsageQuery;
import dev.gantry.core.usage.UsageStore;
import dev.gantry.core.usage.UsageSummary;
import dev.gantry.gateway.admission.Admission;
import dev.gantry.notify.webhook.WebhookNotifier;
import dev.gantry.server.config.AlertSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Builds the alert engine the config asks for, on the gateway's own budgets, ledger, keys and HTTP transport. */
public final class AlertWiring {
    private AlertWiring() {
    }

    /** What the engine reads: the gateway's budget ledger, usage store, keys, transport and metrics. */
    public record Sources(BudgetLedger budgets, UsageStore usage, List<VirtualKey> configKeys, KeyStore keyStore,
                          HttpTransport transport, MeterRegistry registry, AlertHistory history) {
    }

    /** @return the running engine, or null when no rules are configured */
    public static AlertEngine start(AlertSettings settings, Sources s) {
        if (!settings.enabled()) return null;
        Clock clock = Clock.systemUTC();
        Instant startedAt = clock.instant();
        List<RuleEvaluator> evaluators = new ArrayList<>();
        for (AlertRule r : settings.rules()) evaluators.add(evaluator(r, s, startedAt));
        MicrometerAlertMetrics metrics = new MicrometerAlertMetrics(s.registry());
        NotificationDispatcher dispatcher = new NotificationDispatcher(notifiers(settings, s.transport()),
                settings.delivery(), metrics);
        AlertEvaluator evaluator = new AlertEvaluator(evaluators, settings.resolveAfter(), startedAt);
        return AlertEngine.start(evaluator, s.history(), dispatcher, metrics, settings.evaluateEvery(), clock);
    }

    private static RuleEvaluator evaluator(AlertRule rule, Sources s, Instant startedAt) {
        return switch (rule) {
            case BudgetRule b -> new BudgetEvaluator(b, allKeys(s), spend(s.budgets()));
            case ErrorRateRule e -> new ErrorRateEvaluator(e, startedAt);
            case LatencyRule l -> new LatencyEvaluator(l, startedAt);
            case CostAnomalyRule c -> new CostAnomalyEvaluator(c, costHistory(s.usage()), startedAt);
        };
    }

    private static List<Notifier> notifiers(AlertSettings settings, HttpTransport transport) {
        List<Notifier> out = new ArrayList<>();
        for (AlertSettings.Webhook w : settings.webhooks()) {
            out.add(new WebhookNotifier(w.name(), URI.create(w.url()), transport, settings.timeout()));
        }
        return out;
    }

    /** Keys from the config and those created at run time (the CLI), read at each evaluation. */
    private static Supplier<List<VirtualKey>> allKeys(Sources s) {
        return () -> {
            List<VirtualKey> keys = new ArrayList<>(s.configKeys());
            keys.addAll(s.keyStore().list());
            return keys;
        };
    }

    /** What admission checks: spent plus reserved, in the same scope admission uses. */
    private static KeySpend spend(BudgetLedger budgets) {
        return (key, periodStart) -> Admission.fromNanos(budgets.committed("key:" + key, periodStart));
    }

    private static CostHistory costHistory(UsageStore usage) {
        return (from, to, model) -> {
            long nanos = 0;
            UsageQuery q = new UsageQuery(from, to, null, model, null, null, null, 0);
            for (UsageSummary sum : usage.summarize(q, UsageGroupBy.MODEL)) nanos += Money.toNanos(sum.costUsd());
            return nanos;
        };
    }
}
