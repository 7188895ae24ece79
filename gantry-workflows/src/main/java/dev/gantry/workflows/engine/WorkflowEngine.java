package dev.gantry.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.ChatModel;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.guard.Guardrail;
import dev.gantry.core.tool.Tool;
import dev.gantry.core.workflow.RunStatus;
import dev.gantry.core.workflow.StepRecord;
import dev.gantry.core.workflow.StepStatus;
import dev.gantry.core.workflow.WorkflowRun;
import dev.gantry.core.workflow.WorkflowRunStore;
import dev.gantry.workflows.graph.Workflow;
import dev.gantry.workflows.state.Json;
import dev.gantry.workflows.state.WorkflowState;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs registered workflows durably over a {@link WorkflowRunStore}: each run in the background on a virtual
 * thread, each finished step's output committed before the next step, a failed step retried per its policy. After a
 * crash, {@link #resume} (or {@link #resumeUnfinished} at start-up) replays the stored outputs and runs only the steps
 * that did not finish. One process runs a given run at a time (a second resume is a CONFLICT); two processes must
 * not share a store's runs.
 */
public final class WorkflowEngine implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("dev.gantry.workflows");
    private static final long CLOSE_WAIT_SECONDS = 5;
    private final WorkflowRunStore store;
    private final StepServices services;
    private final StepRunner runner;
    private final WorkflowTracing tracing;
    private final Map<String, Workflow> workflows = new ConcurrentHashMap<>();
    private final Set<String> active = ConcurrentHashMap.newKeySet();
    private final ExecutorService runs = Executors.newVirtualThreadPerTaskExecutor();

    private WorkflowEngine(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store");
        this.services = new StepServices(b.chat, Map.copyOf(b.tools), b.retrieval, b.guardrail, Map.copyOf(b.functions));
        this.runner = new StepRunner(services);
        this.tracing = new WorkflowTracing(b.otel);
    }

    public static Builder builder(WorkflowRunStore store) {
        return new Builder(store);
    }

    /** @throws dev.gantry.workflows.graph.WorkflowDefinitionException when a step names a tool, function or port that is not there */
    public WorkflowEngine register(Workflow workflow) {
        new Resolution(services).check(workflow);
        if (workflows.putIfAbsent(workflow.name(), workflow) != null) {
            throw GantryException.invalid("name", "a workflow named '" + workflow.name() + "' is already registered; names are unique");
        }
        return this;
    }

    public Optional<Workflow> workflow(String name) {
        return Optional.ofNullable(workflows.get(name));
    }

    public Set<String> names() {
        return Set.copyOf(workflows.keySet());
    }

    /**
     * Records a new run of {@code name} with {@code input} (checked against the workflow's inputs) and starts it.
     *
     * @throws GantryException NOT_FOUND for an unknown workflow, INVALID_REQUEST for a bad input
     */
    public RunHandle start(String name, Map<String, JsonNode> input) {
        Workflow wf = workflows.get(name);
        if (wf == null) throw unknownWorkflow(name);
        Map<String, JsonNode> checked = InputCheck.check(wf, input);
        WorkflowRun run = store.create(name, Json.write(checked));
        active.add(run.id());
        return new RunHandle(run.id(), submit(wf, run, false));
    }

    /**
     * Runs an unfinished or failed run again from its stored steps; a succeeded run comes back as it is.
     *
     * @throws GantryException NOT_FOUND for an unknown run or workflow, CONFLICT when it is running here now
     */
    public RunHandle resume(String runId) {
        WorkflowRun run = store.get(runId).orElseThrow(() -> new GantryException(ErrorKind.NOT_FOUND,
                "workflow run '" + runId + "' does not exist; start a run to get an id"));
        if (run.status() == RunStatus.SUCCEEDED) return new RunHandle(runId, CompletableFuture.completedFuture(run));
        Workflow wf = workflows.get(run.workflow());
        if (wf == null) throw unknownWorkflow(run.workflow());
        if (!active.add(runId)) {
            throw new GantryException(ErrorKind.CONFLICT, "workflow run '" + runId + "' is running now; wait for it to finish before resuming it");
        }
        if (run.status() == RunStatus.FAILED) store.setStatus(runId, RunStatus.RUNNING, null);
        return new RunHandle(runId, submit(wf, run, true));
    }

    /** Resumes every run left RUNNING by a stopped process (at start-up); runs of unknown workflows are logged and left. */
    public List<RunHandle> resumeUnfinished() {
        List<RunHandle> out = new ArrayList<>();
        for (WorkflowRun run : store.unfinished()) {
            if (active.contains(run.id())) continue;
            if (!workflows.containsKey(run.workflow())) {
                LOG.log(System.Logger.Level.WARNING, "workflow run {0} of ''{1}'' was left running, but no workflow of that name is configured; it stays as it is",
                        run.id(), run.workflow());
                continue;
            }
            out.add(resume(run.id()));
        }
        return out;
    }

    /** Runs newest first, of one workflow or (null) all. */
    public List<WorkflowRun> runs(String workflow, int limit) {
        return store.list(workflow, limit);
    }

    /** The run, its state so far and its steps; empty for an unknown run. */
    public Optional<RunView> view(String runId) {
        return store.get(runId).map(run -> {
            List<StepRecord> steps = store.steps(runId);
            Map<String, JsonNode> state = new LinkedHashMap<>(Json.readObject(run.inputJson()));
            for (StepRecord s : steps) if (s.status() == StepStatus.SUCCEEDED) state.putAll(Json.readObject(s.outputJson()));
            return new RunView(run, state, steps);
        });
    }

    private CompletableFuture<WorkflowRun> submit(Workflow wf, WorkflowRun run, boolean resumed) {
        CompletableFuture<WorkflowRun> done = new CompletableFuture<>();
        try {
            runs.submit(() -> execute(wf, run, resumed, done));
        } catch (RuntimeException e) {
            active.remove(run.id());
            throw new GantryException(ErrorKind.UPSTREAM_UNAVAILABLE, "the workflow engine is shutting down; the run resumes at the next start", e);
        }
        return done;
    }

    /** The future completes last, after the span ended and the run left the active set: a caller may resume at once. */
    private void execute(Workflow wf, WorkflowRun run, boolean resumed, CompletableFuture<WorkflowRun> done) {
        Span span = tracing.run(wf.name(), run.id(), resumed);
        WorkflowRun result;
        try {
            runGraph(wf, run, span);
            result = store.get(run.id()).orElseThrow();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "workflow run " + run.id() + " could not be recorded", e);
            active.remove(run.id());
            span.end();
            done.completeExceptionally(e);
            return;
        }
        active.remove(run.id());
        span.end();
        done.complete(result);
    }

    private void runGraph(Workflow wf, WorkflowRun run, Span span) {
        RunExecution exec = new RunExecution(wf, run.id(), store, runner, tracing, span);
        try {
            exec.execute(WorkflowState.of(Json.readObject(run.inputJson())));
            store.setStatus(run.id(), RunStatus.SUCCEEDED, null);
        } catch (RunExecution.Interrupted e) {
            LOG.log(System.Logger.Level.INFO, "workflow run {0} stopped with the process; it resumes at the next start", run.id());
        } catch (RuntimeException e) {
            if (!(e instanceof RunExecution.RunFailure)) LOG.log(System.Logger.Level.ERROR, "workflow run " + run.id() + " failed", e);
            String error = e instanceof RunExecution.RunFailure ? e.getMessage() : "internal error; see the server log for run " + run.id();
            WorkflowTracing.fail(span, error);
            store.setStatus(run.id(), RunStatus.FAILED, error);
        }
        span.setAttribute("gantry.workflow.steps_replayed", exec.replayed.get());
        span.setAttribute("gantry.workflow.steps_executed", exec.executed.get());
    }

    private static GantryException unknownWorkflow(String name) {
        return new GantryException(ErrorKind.NOT_FOUND, "no workflow is named '" + name + "'; configure it under workflows:");
    }

    /**
     * Stops taking runs and interrupts those in progress: they stay RUNNING and resume at the next start. Waits a
     * little for them to stop, so the store is not closed under a step that is recording its result.
     */
    @Override
    public void close() {
        runs.shutdownNow();
        try {
            if (!runs.awaitTermination(CLOSE_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "workflow runs still busy after {0} s; they resume at the next start", CLOSE_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static final class Builder {
        private final WorkflowRunStore store;
        private ChatModel chat;
        private final Map<String, Tool> tools = new LinkedHashMap<>();
        private Retrieval retrieval = Retrieval.NONE;
        private Guardrail guardrail = Guardrail.NONE;
        private final Map<String, CodeFunction> functions = new LinkedHashMap<>();
        private OpenTelemetry otel = OpenTelemetry.noop();

        private Builder(WorkflowRunStore store) {
            this.store = store;
        }

        /** What model steps call (the gateway in the server). */
        public Builder chat(ChatModel model) {
            this.chat = model;
            return this;
        }

        public Builder tools(List<Tool> list) {
            list.forEach(t -> tools.put(t.spec().name(), t));
            return this;
        }

        public Builder retrieval(Retrieval r) {
            this.retrieval = r;
            return this;
        }

        public Builder guardrail(Guardrail g) {
            this.guardrail = g;
            return this;
        }

        public Builder function(String name, CodeFunction fn) {
            functions.put(name, fn);
            return this;
        }

        public Builder openTelemetry(OpenTelemetry o) {
            this.otel = o;
            return this;
        }

        public WorkflowEngine build() {
            return new WorkflowEngine(this);
        }
    }
}
