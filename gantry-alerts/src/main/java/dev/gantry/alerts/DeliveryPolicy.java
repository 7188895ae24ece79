package dev.gantry.alerts;

import java.time.Duration;

/**
 * How notices are delivered to webhooks.
 *
 * @param attempts tries per notice and webhook, the first included
 * @param backoff  wait before the second try, doubled before each further one
 * @param queue    notices waiting for delivery at most; past it new ones are dropped and counted
 */
public record DeliveryPolicy(int attempts, Duration backoff, int queue) {
    public static final DeliveryPolicy DEFAULT = new DeliveryPolicy(3, Duration.ofSeconds(1), 256);
}
