package dev.gantry.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.workflow.StepRecord;
import dev.gantry.core.workflow.StepStatus;
import dev.gantry.core.workflow.WorkflowRunStore;
import dev.gantry.workflows.graph.Node;
import dev.gantry.workflows.graph.StepSpec;
import dev.gantry.workflows.graph.Workflow;
import dev.gantry.workflows.state.Json;
import dev.gantry.workflows.state.StateKey;
import dev.gantry.workflows.state.WorkflowState;
import io.opentelemetry.api.trace.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One pass over a run's graph. A step with a SUCCEEDED record is replayed (its stored output applied to state, the
 * step not called); any other step runs with its retry policy, and its output is committed to the store before the
 * next step starts. Parallel branches run on virtual threads from the state at the fork and are joined in order.
 */
final class RunExecution {
    private final Workflow workflow;
    private final String runId;
    private final WorkflowRunStore store;
    private final StepRunner runner;
    private final WorkflowTracing tracing;
    private final Span runSpan;
    private final Map<String, StepRecord> previous = new ConcurrentHashMap<>();
    final AtomicInteger replayed = new AtomicInteger();
    final AtomicInteger executed = new AtomicInteger();

    RunExecution(Workflow workflow, String runId, WorkflowRunStore store, StepRunner runner, WorkflowTracing tracing, Span runSpan) {
        this.workflow = workflow;
        this.runId = runId;
        this.store = store;
        this.runner = runner;
        this.tracing = tracing;
        this.runSpan = runSpan;
        store.steps(runId).forEach(r -> previous.put(r.stepId(), r));
    }

    /** @throws RunFailure when a step failed for good */
    WorkflowState execute(WorkflowState input) {
        return node(workflow.root(), input);
    }

    private WorkflowState node(Node node, WorkflowState state) {
        return switch (node) {
            case Node.StepNode s -> step(s.step(), state);
            case Node.Sequence s -> {
                WorkflowState now = state;
                for (Node n : s.nodes()) now = node(n, now);
                yield now;
            }
            case Node.Branch b -> node(b.condition().test(state) ? b.then() : b.otherwise(), state);
            case Node.Parallel p -> parallel(p, state);
        };
    }

    private WorkflowState parallel(Node.Parallel p, WorkflowState fork) {
        try (ExecutorService branches = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<WorkflowState>> results = new ArrayList<>();
            for (Node.Sequence b : p.branches()) results.add(branches.submit(() -> node(b, fork)));
            WorkflowState joined = fork;
            RuntimeException failure = null;
            for (int i = 0; i < results.size(); i++) {
                try {
                    joined = joined.with(written(p.branches().get(i), results.get(i).get()));
                } catch (ExecutionException e) {
                    if (failure == null) failure = e.getCause() instanceof RuntimeException r ? r : new RuntimeException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Interrupted();
                }
            }
            if (failure != null) throw failure;
            return joined;
        }
    }

    /** The values a branch's steps wrote: the branch's share of the join. */
    private static Map<String, JsonNode> written(Node.Sequence branch, WorkflowState result) {
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        for (StepSpec s : Workflow.stepsOf(branch)) {
            for (StateKey<?> k : s.writes()) if (result.has(k.name())) out.put(k.name(), result.node(k.name()));
        }
        return out;
    }

    private WorkflowState step(StepSpec step, WorkflowState state) {
        StepRecord before = previous.get(step.id());
        if (before != null && before.status() == StepStatus.SUCCEEDED) {
            replayed.incrementAndGet();
            return state.with(Json.readObject(before.outputJson()));
        }
        executed.incrementAndGet();
        Span span = tracing.step(runSpan, step.id(), step.kind());
        // current, so the gateway's spans of a model step's calls become its children
        try (io.opentelemetry.context.Scope ignored = span.makeCurrent()) {
            Map<String, JsonNode> delta = attempts(step, state, before, span);
            return state.with(delta);
        } finally {
            span.end();
        }
    }

    private Map<String, JsonNode> attempts(StepSpec step, WorkflowState state, StepRecord before, Span span) {
        int base = before == null ? 0 : before.attempts();
        Instant started = before == null ? Instant.now() : before.startedAt();
        String lastError = null;
        for (int i = 1; ; i++) {
            int attempt = base + i;
            store.recordStep(runId, new StepRecord(step.id(), StepStatus.RUNNING, attempt, null, lastError, started, null));
            span.setAttribute("gantry.workflow.step.attempts", attempt);
            try {
                Map<String, JsonNode> delta = runner.run(step, state, new StepCall(workflow.name(), runId, step.id(), attempt));
                store.recordStep(runId, new StepRecord(step.id(), StepStatus.SUCCEEDED, attempt, Json.write(delta), lastError, started, Instant.now()));
                return delta;
            } catch (Interrupted e) {
                throw e;
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) throw new Interrupted();
                lastError = message(e);
                boolean retriable = retriable(e);
                if (!retriable || i >= step.retry().attempts()) {
                    store.recordStep(runId, new StepRecord(step.id(), StepStatus.FAILED, attempt, null, lastError, started, Instant.now()));
                    WorkflowTracing.fail(span, lastError);
                    throw new RunFailure("step '" + step.id() + "' failed after " + i + (i == 1 ? " attempt" : " attempts")
                            + (retriable ? "" : " (not retriable)") + ": " + lastError);
                }
                pause(step.retry().delayBefore(i + 1));
            }
        }
    }

    private static boolean retriable(RuntimeException e) {
        if (e instanceof StepFailure f) return f.retriable();
        if (e instanceof GantryException g) return g.kind().retriable();
        return !(e instanceof RunFailure);
    }

    private static String message(Throwable e) {
        if (e instanceof StepFailure || e instanceof GantryException) return e.getMessage();
        if (e instanceof StepRunner.CodeException c) return "code raised " + c.getCause().getClass().getSimpleName() + ": " + c.getCause().getMessage();
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Interrupted();
        }
    }

    /** A run that cannot go on; the message is what the run record and the API report. */
    static class RunFailure extends RuntimeException {
        RunFailure(String message) {
            super(message);
        }
    }

    /** The process is stopping: the run stays RUNNING and resumes at the next start. */
    static final class Interrupted extends RunFailure {
        Interrupted() {
            super("the run was interrupted (the server is stopping); it resumes at the next start");
        }
    }
}
