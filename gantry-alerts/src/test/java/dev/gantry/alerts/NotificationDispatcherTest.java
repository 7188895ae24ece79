package dev.gantry.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.alert.AlertEvent;
import dev.gantry.core.alert.AlertState;
import dev.gantry.core.alert.Notifier;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NotificationDispatcherTest {
    private static final AlertEvent FIRING = new AlertEvent(Instant.parse("2026-12-01T10:00:00Z"), "chat-errors",
            "error-rate", "chat", 0, AlertState.FIRING, "10% failed", 10, 5);
    private final BlockingQueue<String> outcomes = new LinkedBlockingQueue<>();
    private final AlertMetrics metrics = new AlertMetrics() {
        @Override
        public void notification(String rule, AlertState state, String outcome) {
            outcomes.add(rule + "/" + state.code() + "/" + outcome);
        }

        @Override
        public void samplesDropped() {
        }
    };

    /** Fails its first {@code failures} attempts, then accepts. */
    private static final class Flaky implements Notifier {
        final String name;
        final int failures;
        final AtomicInteger attempts = new AtomicInteger();
        final List<AlertEvent> received = new CopyOnWriteArrayList<>();

        Flaky(String name, int failures) {
            this.name = name;
            this.failures = failures;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void send(AlertEvent event) {
            if (attempts.incrementAndGet() <= failures) throw new IllegalStateException("webhook '" + name + "' answered HTTP 500");
            received.add(event);
        }
    }

    private NotificationDispatcher dispatcher(int attempts, int queue, Notifier... notifiers) {
        return new NotificationDispatcher(List.of(notifiers), new DeliveryPolicy(attempts, Duration.ofMillis(1), queue), metrics);
    }

    private String nextOutcome() throws InterruptedException {
        return outcomes.poll(10, TimeUnit.SECONDS);
    }

    @Test
    void should_retry_a_failing_webhook_and_count_the_delivery() throws Exception {
        Flaky ops = new Flaky("ops", 2);
        try (NotificationDispatcher d = dispatcher(3, 8, ops)) {
            d.submit(FIRING, List.of());

            assertThat(nextOutcome()).isEqualTo("chat-errors/firing/delivered");
        }
        assertThat(ops.attempts).hasValue(3);
        assertThat(ops.received).containsExactly(FIRING);
    }

    @Test
    void should_count_a_notice_as_failed_after_its_last_attempt() throws Exception {
        Flaky down = new Flaky("down", Integer.MAX_VALUE);
        try (NotificationDispatcher d = dispatcher(3, 8, down)) {
            d.submit(FIRING, List.of());

            assertThat(nextOutcome()).isEqualTo("chat-errors/firing/failed");
        }
        assertThat(down.attempts).hasValue(3);
    }

    @Test
    void should_deliver_only_to_the_webhooks_a_rule_names() throws Exception {
        Flaky ops = new Flaky("ops", 0);
        Flaky team = new Flaky("team", 0);
        try (NotificationDispatcher d = dispatcher(1, 8, ops, team)) {
            d.submit(FIRING, List.of("team"));

            assertThat(nextOutcome()).isEqualTo("chat-errors/firing/delivered");
        }
        assertThat(ops.received).isEmpty();
        assertThat(team.received).containsExactly(FIRING);
    }

    @Test
    void should_drop_and_count_a_notice_when_the_queue_is_full() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Notifier stuck = new Notifier() {
            @Override
            public String name() {
                return "stuck";
            }

            @Override
            public void send(AlertEvent event) {
                inside.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        try (NotificationDispatcher d = dispatcher(1, 1, stuck)) {
            d.submit(FIRING, List.of());
            assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
            d.submit(FIRING, List.of()); // waits in the queue
            d.submit(FIRING, List.of()); // no room

            assertThat(nextOutcome()).isEqualTo("chat-errors/firing/dropped");
            release.countDown();
            assertThat(nextOutcome()).isEqualTo("chat-errors/firing/delivered");
            assertThat(nextOutcome()).isEqualTo("chat-errors/firing/delivered");
        }
    }
}
