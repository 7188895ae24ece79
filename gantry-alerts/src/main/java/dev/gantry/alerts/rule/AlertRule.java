package dev.gantry.alerts.rule;

import java.util.List;

/** A configured alert rule. Each kind watches its own signal; see the README's Alerts section for the semantics. */
public sealed interface AlertRule permits BudgetRule, ErrorRateRule, LatencyRule, CostAnomalyRule {
    String name();

    /** budget, error-rate, latency or cost-anomaly */
    String kind();

    /** Names of the webhooks this rule notifies; empty means every webhook. */
    List<String> webhooks();
}
