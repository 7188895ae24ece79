package dev.gantry.server.config;

import dev.gantry.alerts.DeliveryPolicy;
import dev.gantry.alerts.rule.AlertRule;
import java.time.Duration;
import java.util.List;

/**
 * The {@code alerts:} section: rules evaluated off the request path every {@code evaluateEvery}, their notices
 * logged and posted to the webhooks. Absent (no rules): no alerts, and {@code GET /gantry/alerts} answers 404.
 *
 * @param resolveAfter how long a firing rule's condition must stay clear before it resolves (flapping guard)
 * @param timeout      per webhook call, for connecting and again for the answer
 */
public record AlertSettings(Duration evaluateEvery, Duration resolveAfter, Duration timeout, DeliveryPolicy delivery,
                            List<Webhook> webhooks, List<AlertRule> rules) {
    public static final AlertSettings NONE = new AlertSettings(Duration.ofSeconds(15), Duration.ofMinutes(1),
            Duration.ofSeconds(5), DeliveryPolicy.DEFAULT, List.of(), List.of());

    public AlertSettings {
        webhooks = List.copyOf(webhooks);
        rules = List.copyOf(rules);
    }

    public boolean enabled() {
        return !rules.isEmpty();
    }

    /** A Slack-compatible incoming webhook; its URL is a secret and never printed. */
    public record Webhook(String name, String url) {
        @Override
        public String toString() {
            return "Webhook[name=" + name + ", url=(secret)]";
        }
    }
}
