package dev.gantry.alerts.rule;

import java.util.List;

/**
 * Fires once per threshold when a key's spend (plus reservations in flight) reaches that percent of its budget
 * in the current period; resolves when the period rolls over or the budget is raised.
 *
 * @param keys       key names to watch; empty means every key with a budget
 * @param thresholds percents of the budget, e.g. 50, 80, 100
 */
public record BudgetRule(String name, List<String> keys, List<Integer> thresholds, List<String> webhooks) implements AlertRule {
    public static final String KIND = "budget";

    public BudgetRule {
        keys = List.copyOf(keys);
        thresholds = thresholds.stream().distinct().sorted().toList();
        webhooks = List.copyOf(webhooks);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
