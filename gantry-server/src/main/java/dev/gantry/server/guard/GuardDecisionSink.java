package dev.gantry.server.guard;

import dev.gantry.core.audit.AuditEvent;
import dev.gantry.core.audit.AuditLog;
import dev.gantry.core.guard.GuardVerdict;
import dev.gantry.guard.exchange.GuardedCall;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Where guard decisions go: a log line and a counter at once, and an audit record written by a background
 * thread, so no request waits for the database. A full queue drops the audit record and counts it; an orderly
 * close writes everything still queued.
 */
public final class GuardDecisionSink implements Consumer<GuardedCall>, AutoCloseable {
    private static final System.Logger LOG = System.getLogger("dev.gantry.guard");
    private static final GuardedCall STOP = new GuardedCall(null, null, java.util.List.of());
    private final AuditLog audit;
    private final MeterRegistry registry;
    private final BlockingQueue<GuardedCall> queue = new ArrayBlockingQueue<>(10_000);
    private final Counter dropped;
    private final Thread writer;

    public GuardDecisionSink(AuditLog audit, MeterRegistry registry) {
        this.audit = audit;
        this.registry = registry;
        this.dropped = Counter.builder("gantry_guard_audit_dropped_total")
                .description("guard decisions not written to the audit log because its queue was full").register(registry);
        this.writer = Thread.ofPlatform().name("gantry-guard-audit").daemon(true).start(this::drain);
    }

    @Override
    public void accept(GuardedCall call) {
        for (GuardVerdict v : call.verdicts()) {
            LOG.log("block".equals(v.action()) ? System.Logger.Level.WARNING : System.Logger.Level.INFO,
                    () -> String.format(Locale.ROOT, "guard %s %s: request %s, policy '%s', %s %s score %.2f: %s",
                            v.stage(), v.action(), call.scope().requestId(), call.policy(), v.detector(), v.type(),
                            v.score(), v.reason()));
            Counter.builder("gantry_guard_decisions_total").description("guard decisions by stage, detector, action and type")
                    .tag("stage", v.stage()).tag("detector", v.detector()).tag("action", v.action()).tag("type", v.type())
                    .register(registry).increment();
        }
        if (!queue.offer(call)) dropped.increment();
    }

    private void drain() {
        try {
            while (true) {
                GuardedCall call = queue.take();
                if (call == STOP) return;
                write(call);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void write(GuardedCall call) {
        for (GuardVerdict v : call.verdicts()) {
            try {
                audit.append(AuditEvent.now(AuditEvent.GUARD_DECISION,
                        call.scope().keyName() == null ? "anonymous" : "key:" + call.scope().keyName(),
                        call.scope().requestId(), details(call, v)));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "could not write a guard decision to the audit log", e);
            }
        }
    }

    private static Map<String, String> details(GuardedCall call, GuardVerdict v) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("policy", call.policy());
        d.put("model", call.scope().model());
        d.put("stage", v.stage());
        d.put("detector", v.detector());
        d.put("action", v.action());
        d.put("type", v.type());
        d.put("score", String.format(Locale.ROOT, "%.3f", v.score()));
        return d;
    }

    /** Writes what is queued, then stops the writer. */
    @Override
    public void close() {
        try {
            queue.put(STOP);
            writer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
