package dev.gantry.alerts;

import dev.gantry.core.alert.AlertEvent;
import dev.gantry.core.alert.Notifier;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Delivers notices to notifiers from one background thread, in order, so a webhook that is slow or down delays
 * other notices but never a request or an evaluation. Each delivery gets {@link DeliveryPolicy#attempts()} tries
 * with doubling backoff; a full queue drops the notice and counts it.
 */
public final class NotificationDispatcher implements AutoCloseable {
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);
    private final List<Notifier> notifiers;
    private final DeliveryPolicy policy;
    private final AlertMetrics metrics;
    private final BlockingQueue<Delivery> queue;
    private final Thread worker;
    private volatile boolean closed;

    public NotificationDispatcher(List<Notifier> notifiers, DeliveryPolicy policy, AlertMetrics metrics) {
        this.notifiers = List.copyOf(notifiers);
        this.policy = policy;
        this.metrics = metrics;
        this.queue = new ArrayBlockingQueue<>(policy.queue());
        this.worker = Thread.ofPlatform().daemon().name("gantry-alert-delivery").start(this::deliverLoop);
    }

    /** Queues {@code event} for each notifier named in {@code targets} (empty: every notifier); never blocks. */
    public void submit(AlertEvent event, List<String> targets) {
        for (Notifier n : notifiers) {
            if (!targets.isEmpty() && !targets.contains(n.name())) continue;
            if (closed || !queue.offer(new Delivery(event, n))) {
                metrics.notification(event.rule(), event.state(), AlertMetrics.DROPPED);
                AlertLog.warn("alert notice dropped: the delivery queue (" + policy.queue() + ") is full; webhook="
                        + n.name() + " rule=" + event.rule() + " state=" + event.state().code());
            }
        }
    }

    private void deliverLoop() {
        try {
            while (!closed || !queue.isEmpty()) {
                Delivery d = queue.poll(100, TimeUnit.MILLISECONDS);
                if (d != null) deliver(d);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliver(Delivery d) throws InterruptedException {
        Duration wait = policy.backoff();
        for (int attempt = 1; ; attempt++) {
            try {
                d.notifier.send(d.event);
                metrics.notification(d.event.rule(), d.event.state(), AlertMetrics.DELIVERED);
                return;
            } catch (RuntimeException e) {
                if (attempt >= policy.attempts()) {
                    metrics.notification(d.event.rule(), d.event.state(), AlertMetrics.FAILED);
                    AlertLog.warn("alert notice not delivered after " + attempt + " attempts: webhook=" + d.notifier.name()
                            + " rule=" + d.event.rule() + " state=" + d.event.state().code() + " error=\"" + e.getMessage() + "\"");
                    return;
                }
            }
            Thread.sleep(wait);
            wait = wait.multipliedBy(2);
        }
    }

    /** Stops taking notices and gives the queued ones a few seconds to go out. */
    @Override
    public void close() {
        closed = true;
        try {
            worker.join(CLOSE_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            AlertLog.warn(queue.size() + " alert notices were not delivered before shutdown");
            worker.interrupt();
        }
    }

    private record Delivery(AlertEvent event, Notifier notifier) {
    }
}
