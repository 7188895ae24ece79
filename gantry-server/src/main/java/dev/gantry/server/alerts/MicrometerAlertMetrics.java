package dev.gantry.server.alerts;

import dev.gantry.alerts.AlertMetrics;
import dev.gantry.core.alert.AlertState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * gantry_alert_notifications_total{rule,state,outcome} (delivered, failed, dropped), and
 * gantry_alert_notifications_dropped_total and gantry_alert_samples_dropped_total for what a full queue refused.
 */
final class MicrometerAlertMetrics implements AlertMetrics {
    private final MeterRegistry registry;
    private final Counter dropped;
    private final Counter samplesDropped;

    MicrometerAlertMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.dropped = Counter.builder("gantry_alert_notifications_dropped")
                .description("alert notices dropped because the delivery queue was full").register(registry);
        this.samplesDropped = Counter.builder("gantry_alert_samples_dropped")
                .description("finished requests the alert engine did not count because its queue was full").register(registry);
    }

    @Override
    public void notification(String rule, AlertState state, String outcome) {
        Counter.builder("gantry_alert_notifications").description("alert notices by webhook delivery outcome")
                .tags("rule", rule, "state", state.code(), "outcome", outcome).register(registry).increment();
        if (DROPPED.equals(outcome)) dropped.increment();
    }

    @Override
    public void samplesDropped() {
        samplesDropped.increment();
    }
}
