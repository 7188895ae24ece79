package dev.gantry.alerts.rule;

import java.time.Duration;
import java.util.List;

/**
 * Fires when more than {@code abovePercent} of a model alias's requests in the last {@code window} failed on the
 * gateway's or a provider's side (status 500 and up), once at least {@code minRequests} were seen.
 */
public record ErrorRateRule(String name, String model, double abovePercent, Duration window, int minRequests,
                            List<String> webhooks) implements AlertRule {
    public static final String KIND = "error-rate";

    public ErrorRateRule {
        webhooks = List.copyOf(webhooks);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
