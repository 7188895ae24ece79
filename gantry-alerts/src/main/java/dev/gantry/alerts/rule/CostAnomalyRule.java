package dev.gantry.alerts.rule;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * Fires when the spend of the last {@code window} is at least {@code minCost} and more than {@code factor} times the
 * average spend per window over the {@code trailing} period before it.
 *
 * @param model a model alias to watch; null watches all traffic
 */
public record CostAnomalyRule(String name, String model, Duration window, Duration trailing, double factor,
                              BigDecimal minCost, List<String> webhooks) implements AlertRule {
    public static final String KIND = "cost-anomaly";

    public CostAnomalyRule {
        webhooks = List.copyOf(webhooks);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
