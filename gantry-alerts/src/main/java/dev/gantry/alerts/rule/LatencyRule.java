package dev.gantry.alerts.rule;

import java.time.Duration;
import java.util.List;

/**
 * Fires when the {@code percentile} latency (request received to last byte) of a model alias's answered requests
 * in the last {@code window} is above {@code above}, once at least {@code minRequests} were answered.
 */
public record LatencyRule(String name, String model, double percentile, Duration above, Duration window,
                          int minRequests, List<String> webhooks) implements AlertRule {
    public static final String KIND = "latency";

    public LatencyRule {
        webhooks = List.copyOf(webhooks);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
