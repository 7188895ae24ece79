package dev.gantry.server.config;

import java.time.Duration;

/**
 * The {@code jobs:} section: where background jobs are queued and how this server runs them.
 *
 * @param backend       {@code sqlite} (default: the {@code jobs} table of the data directory's database) or
 *                      {@code nats} (JetStream)
 * @param nats          the NATS connection; null unless the backend is nats
 * @param workers       default concurrency per queue in this process (a feature may register its own)
 * @param pollInterval  how often an idle queue is asked for due jobs
 * @param lease         a claim's lease, renewed every third of it while the handler runs
 * @param backoffBase   the first retry's delay; it doubles per attempt (with jitter) up to {@code backoffMax}
 * @param shutdownGrace how long a shutdown lets running jobs finish; the rest are redelivered later
 */
public record JobsSettings(String backend, Nats nats, int workers, Duration pollInterval, Duration lease,
                           Duration backoffBase, Duration backoffMax, Duration shutdownGrace) {
    public static final JobsSettings DEFAULTS = new JobsSettings("sqlite", null, 4, Duration.ofSeconds(1),
            Duration.ofSeconds(60), Duration.ofSeconds(5), Duration.ofMinutes(10), Duration.ofSeconds(30));

    /**
     * @param url          e.g. nats://127.0.0.1:4222
     * @param streamPrefix names the stream ({@code <prefix>_JOBS}), its subjects and the KV bucket
     *                     ({@code <prefix>_JOB_RECORDS}); default GANTRY
     * @param ackWait      how long a crashed process's jobs wait before JetStream redelivers them (default 30s)
     */
    public record Nats(String url, String streamPrefix, Duration ackWait) {
    }
}
