package dev.gantry.alerts;

import dev.gantry.alerts.eval.Sample;
import dev.gantry.alerts.rule.AlertRule;
import dev.gantry.core.alert.AlertEvent;
import dev.gantry.core.alert.AlertHistory;
import dev.gantry.core.usage.UsageRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs the alerts off the request path. A finished request costs the caller one non-blocking queue offer
 * ({@link #record}); one platform thread drains the queue into the evaluators' in-memory windows and evaluates
 * every rule each {@code evaluateEvery}. Transitions are appended to the history, logged, and handed to the
 * dispatcher, whose own thread talks to webhooks.
 */
public final class AlertEngine implements AutoCloseable {
    private static final int SAMPLE_QUEUE = 65_536;
    private final AlertEvaluator evaluator;
    private final AlertHistory history;
    private final NotificationDispatcher dispatcher;
    private final AlertMetrics metrics;
    private final Duration evaluateEvery;
    private final Clock clock;
    private final Map<String, AlertRule> rules;
    private final BlockingQueue<Sample> samples = new ArrayBlockingQueue<>(SAMPLE_QUEUE);
    private final Thread thread;
    private volatile List<RuleStatus> statuses;
    private volatile boolean closed;

    private AlertEngine(AlertEvaluator evaluator, AlertHistory history, NotificationDispatcher dispatcher,
                        AlertMetrics metrics, Duration evaluateEvery, Clock clock) {
        this.evaluator = evaluator;
        this.history = history;
        this.dispatcher = dispatcher;
        this.metrics = metrics;
        this.evaluateEvery = evaluateEvery;
        this.clock = clock;
        this.rules = evaluator.rules().stream().collect(Collectors.toMap(AlertRule::name, Function.identity()));
        evaluator.restore(history.lastOfEachSubject());
        this.statuses = evaluator.statuses();
        this.thread = Thread.ofPlatform().daemon().name("gantry-alerts").unstarted(this::run);
    }

    /** Restores the states notified before a restart, then starts evaluating. */
    public static AlertEngine start(AlertEvaluator evaluator, AlertHistory history, NotificationDispatcher dispatcher,
                                    AlertMetrics metrics, Duration evaluateEvery, Clock clock) {
        AlertEngine engine = new AlertEngine(evaluator, history, dispatcher, metrics, evaluateEvery, clock);
        engine.thread.start();
        return engine;
    }

    /** Called for every finished request, on its thread: never blocks; a full queue drops the sample and counts it. */
    public void record(UsageRecord usage) {
        if (!samples.offer(Sample.of(usage))) metrics.samplesDropped();
    }

    /** Each rule's state as of the last evaluation. */
    public List<RuleStatus> rules() {
        return statuses;
    }

    /** The newest {@code limit} transitions, newest first. */
    public List<AlertEvent> history(int limit) {
        return history.latest(limit);
    }

    private void run() {
        prepare();
        long next = System.nanoTime();
        List<Sample> batch = new ArrayList<>();
        while (!closed) {
            try {
                long wait = next - System.nanoTime();
                Sample s = wait > 0 ? samples.poll(wait, TimeUnit.NANOSECONDS) : null;
                if (s != null) evaluator.record(s);
                samples.drainTo(batch);
                batch.forEach(evaluator::record);
                batch.clear();
                if (System.nanoTime() - next >= 0) {
                    tick();
                    next = System.nanoTime() + evaluateEvery.toNanos();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                AlertLog.error("alert evaluation failed; the next evaluation tries again", e);
            }
        }
    }

    private void prepare() {
        try {
            evaluator.prepare();
        } catch (RuntimeException e) {
            AlertLog.error("could not read the usage ledger to seed the cost windows; they start empty", e);
        }
    }

    private void tick() {
        Instant now = clock.instant();
        for (AlertEvent e : evaluator.evaluate(now)) {
            persist(e);
            AlertLog.transition(e);
            dispatcher.submit(e, rules.get(e.rule()).webhooks());
        }
        statuses = evaluator.statuses();
    }

    private void persist(AlertEvent e) {
        try {
            history.append(e);
        } catch (RuntimeException ex) {
            AlertLog.error("could not record alert " + e.rule() + " (" + e.state().code() + ") in the history; "
                    + "it is still notified", ex);
        }
    }

    /** Stops evaluating, then lets queued notices go out. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        dispatcher.close();
    }
}
