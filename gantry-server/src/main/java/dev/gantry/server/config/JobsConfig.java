package dev.gantry.server.config;

import java.time.Duration;
import java.util.regex.Pattern;

/** Reads the {@code jobs:} section; see {@link JobsSettings}. */
final class JobsConfig {
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private JobsConfig() {
    }

    static JobsSettings read(Node n) {
        JobsSettings d = JobsSettings.DEFAULTS;
        if (n == null) return d;
        String backend = n.string("backend", d.backend());
        if (!backend.equals("sqlite") && !backend.equals("nats")) {
            n.problem("backend", "'" + backend + "' is not one of sqlite, nats (sqlite is the default)");
        }
        JobsSettings.Nats nats = nats(n.object("nats"));
        if (backend.equals("nats") && nats == null) {
            n.problem("nats", "is required with backend: nats, e.g. nats: {url: nats://127.0.0.1:4222}");
        }
        if (backend.equals("sqlite") && nats != null) {
            n.problem("nats", "is only used with backend: nats; set backend: nats or remove the nats: section");
        }
        int workers = (int) n.integer("workers", d.workers(), 1);
        Duration poll = positive(n, "poll-interval", d.pollInterval());
        Duration lease = positive(n, "lease", d.lease());
        Node backoff = n.object("backoff");
        Duration base = backoff == null ? d.backoffBase() : positive(backoff, "base", d.backoffBase());
        Duration max = backoff == null ? d.backoffMax() : positive(backoff, "max", d.backoffMax());
        if (backoff != null) {
            if (max.compareTo(base) < 0) backoff.problem("max", text(max) + " is below base " + text(base) + "; raise max");
            backoff.finish();
        }
        Duration grace = n.duration("shutdown-grace", d.shutdownGrace());
        n.finish();
        return new JobsSettings(backend, nats, workers, poll, lease, base, max, grace);
    }

    private static JobsSettings.Nats nats(Node n) {
        if (n == null) return null;
        String url = n.required("url");
        if (url != null && !url.startsWith("nats://") && !url.startsWith("tls://")) {
            n.problem("url", "'" + url + "' is not a nats:// or tls:// URL, e.g. nats://127.0.0.1:4222");
        }
        String prefix = n.string("stream-prefix", "GANTRY");
        if (!PREFIX.matcher(prefix).matches()) {
            n.problem("stream-prefix", "'" + prefix + "' must be 1 to 32 letters, digits, '_' or '-', e.g. GANTRY");
        }
        Duration ackWait = positive(n, "ack-wait", Duration.ofSeconds(30));
        n.finish();
        return url == null ? null : new JobsSettings.Nats(url, prefix, ackWait);
    }

    /** As the config writes it: 1s, 250ms, 10m, 1h. */
    static String text(Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0) return ms / 3_600_000 + "h";
        if (ms % 60_000 == 0) return ms / 60_000 + "m";
        return ms % 1_000 == 0 ? ms / 1_000 + "s" : ms + "ms";
    }

    private static Duration positive(Node n, String key, Duration fallback) {
        Duration v = n.duration(key, fallback);
        if (v.isZero() || v.isNegative()) {
            n.problem(key, "must be positive, e.g. " + text(fallback));
            return fallback;
        }
        return v;
    }
}
