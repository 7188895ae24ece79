package dev.gantry.jobs.nats;

import io.nats.client.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps leased messages from redelivery while their lease runs: the consumer's ack wait is short (it bounds how
 * long a crashed process's jobs wait), so every third of it each held message whose lease has not ended gets an
 * "in progress" ack. Once the lease ends the keeper stops, and JetStream redelivers the message within an ack
 * wait. Messages are dropped from memory two ack waits after their lease, when they cannot be acked any more.
 */
final class LeaseKeeper implements AutoCloseable {
    private static final class Held {
        final Message message;
        volatile long expiresAtMicros;

        Held(Message message, long expiresAtMicros) {
            this.message = message;
            this.expiresAtMicros = expiresAtMicros;
        }
    }

    private final Map<String, Held> held = new ConcurrentHashMap<>();
    private final ScheduledExecutorService ticker;
    private final long forgetAfterMicros;

    LeaseKeeper(Duration ackWait) {
        this.forgetAfterMicros = 2 * ackWait.toNanos() / 1_000;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gantry-jobs-nats-leases");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, ackWait.toMillis() / 3);
        ticker.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    void hold(String token, Message message, long expiresAtMicros) {
        held.put(token, new Held(message, expiresAtMicros));
    }

    void renew(String token, long expiresAtMicros) {
        Held h = held.get(token);
        if (h == null) return;
        h.expiresAtMicros = expiresAtMicros;
        h.message.inProgress();
    }

    /** The message of the lease, removed from keeping; empty when it was forgotten or never held here. */
    Optional<Message> release(String token) {
        return Optional.ofNullable(held.remove(token)).map(h -> h.message);
    }

    private void tick() {
        long now = JobRecord.micros(Instant.now());
        held.entrySet().removeIf(e -> now > e.getValue().expiresAtMicros + forgetAfterMicros);
        for (Held h : held.values()) {
            if (now < h.expiresAtMicros) {
                try {
                    h.message.inProgress();
                } catch (RuntimeException e) {
                    System.getLogger("dev.gantry.jobs.nats").log(System.Logger.Level.WARNING,
                            "could not renew a job lease with NATS; the job may be delivered again", e);
                }
            }
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        held.clear();
    }
}
