package dev.gantry.agents;

import dev.gantry.core.agent.AgentRun;
import dev.gantry.core.agent.AgentRunStore;
import dev.gantry.core.agent.AgentStep;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.tool.ToolResult;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The agents of this process: start a run, read it back, approve or reject the calls it waits on. A run executes
 * on the caller's thread until it answers, stops or waits for a person; its tool calls run in parallel.
 */
public final class Agents implements AutoCloseable {
    /** The stop reason of a run whose process stopped while it ran. */
    public static final String INTERRUPTED = "interrupted";
    private final Map<String, AgentSpec> specs;
    private final AgentLoop.Parts parts;

    public Agents(List<AgentSpec> specs, ToolRegistry registry, AgentModel model, AgentRunStore store,
                  OpenTelemetry otel, Clock clock) {
        this.specs = index(specs, registry);
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        AgentTracing tracing = new AgentTracing(otel);
        ArgumentCheck arguments = new ArgumentCheck();
        specs.forEach(s -> s.tools().forEach(t -> arguments.compile(registry.find(t).spec())));
        this.parts = new AgentLoop.Parts(store, registry, new ToolRunner(registry, arguments, threads, tracing), model,
                tracing, threads, clock);
    }

    private static Map<String, AgentSpec> index(List<AgentSpec> specs, ToolRegistry registry) {
        Map<String, AgentSpec> out = new LinkedHashMap<>();
        for (AgentSpec s : specs) {
            if (out.put(s.name(), s) != null) throw new IllegalArgumentException("agent '" + s.name() + "' is defined twice");
            for (String t : s.tools()) {
                if (registry.find(t) == null) {
                    throw new IllegalArgumentException("agent '" + s.name() + "' names tool '" + t
                            + "', which no tool source offers; known tools: " + registry.names());
                }
            }
        }
        return out;
    }

    public Set<String> names() {
        return new TreeSet<>(specs.keySet());
    }

    /** Starts a run of {@code agent} and drives it until it answers, stops or waits for approval. */
    public AgentRun start(String agent, String input, Caller caller) {
        AgentSpec spec = spec(agent);
        if (input == null || input.isBlank()) {
            throw GantryException.invalid("input", "'input' is empty; give the agent a task, e.g. {\"input\": \"...\"}");
        }
        RunState state = RunState.start(spec.systemPrompt(), input);
        Instant now = parts.clock().instant();
        AgentRun run = new AgentRun(UUID.randomUUID().toString(), agent, caller.keyId(), AgentRun.Status.RUNNING, null,
                input, null, state.toJson(), 0, 0, 0, BigDecimal.ZERO, now, now);
        parts.store().create(run);
        return drive(spec, run, state, caller, loop -> { });
    }

    /**
     * Marks the runs a stopped process left RUNNING as FAILED ("interrupted"): their loop died with the process and
     * its conversation since the last saved state is gone, so they cannot go on; the caller starts a new run. A run
     * waiting for approval is not touched (it is saved and resumes on a decision). Called once at start-up by the
     * process that owns the data directory.
     *
     * @return how many runs were marked
     */
    public int failInterrupted() {
        int n = 0;
        for (AgentRun run : parts.store().running()) {
            AgentRun failed = run.withStatus(AgentRun.Status.FAILED, INTERRUPTED, null, parts.clock().instant());
            if (parts.store().update(failed, AgentRun.Status.RUNNING)) n++;
        }
        return n;
    }

    /** Approves every call the run waits on: each runs now (the built-in escalation just hears "approved"). */
    public AgentRun approve(String runId, String who, String reason, Caller caller) {
        return decide(runId, who, reason, true, caller);
    }

    /** Rejects every call the run waits on: the model reads "rejected by {who}: {reason}" and goes on. */
    public AgentRun reject(String runId, String who, String reason, Caller caller) {
        return decide(runId, who, reason, false, caller);
    }

    public Optional<AgentRun> run(String runId) {
        return parts.store().get(runId);
    }

    /** The newest runs, of one agent or (null) all; for listing and finding runs that wait for approval. */
    public List<AgentRun> runs(String agent, int limit) {
        if (agent != null) spec(agent);
        return parts.store().list(agent, limit);
    }

    public List<AgentStep> steps(String runId) {
        return parts.store().steps(runId);
    }

    /** The calls a run waits on (empty unless it is WAITING_APPROVAL). */
    public List<ToolCall> pending(AgentRun run) {
        if (run.status() != AgentRun.Status.WAITING_APPROVAL || run.state() == null) return List.of();
        return List.copyOf(RunState.fromJson(run.state()).pending);
    }

    private AgentRun decide(String runId, String who, String reason, boolean approved, Caller caller) {
        AgentRun run = parts.store().get(runId).orElseThrow(() -> new GantryException(ErrorKind.NOT_FOUND,
                "there is no agent run '" + runId + "'"));
        if (run.status() != AgentRun.Status.WAITING_APPROVAL) {
            throw new GantryException(ErrorKind.CONFLICT, "agent run '" + runId + "' is " + run.status()
                    + ", not waiting for approval; nothing to " + (approved ? "approve" : "reject"));
        }
        AgentSpec spec = spec(run.agent());
        AgentRun resumed = run.withStatus(AgentRun.Status.RUNNING, null, null, parts.clock().instant());
        if (!parts.store().update(resumed, AgentRun.Status.WAITING_APPROVAL)) {
            throw new GantryException(ErrorKind.CONFLICT, "agent run '" + runId + "' was decided by someone else just now");
        }
        RunState state = RunState.fromJson(run.state());
        List<ToolCall> pending = new ArrayList<>(state.pending);
        state.pending.clear();
        return drive(spec, resumed, state, caller, loop -> {
            for (ToolCall c : pending) {
                loop.recordApproval(c, who, reason, approved);
                if (!approved) state.addResult(c, ToolResult.error("rejected by " + who + ": " + orNone(reason)));
                else if (Escalation.TOOL.equals(c.name())) state.addResult(c, ToolResult.ok("approved by " + who + ": " + orNone(reason)));
                else loop.runApproved(c);
            }
        });
    }

    private static String orNone(String reason) {
        return reason == null || reason.isBlank() ? "(no reason given)" : reason;
    }

    private AgentRun drive(AgentSpec spec, AgentRun run, RunState state, Caller caller,
                           java.util.function.Consumer<AgentLoop> first) {
        Span span = parts.tracing().run(spec.name(), run.id());
        try {
            AgentLoop loop = new AgentLoop(spec, parts, run, state, caller, span);
            first.accept(loop);
            return loop.drive();
        } catch (RuntimeException e) {
            span.setStatus(io.opentelemetry.api.trace.StatusCode.ERROR, e.getClass().getSimpleName());
            span.end();
            throw e;
        }
    }

    private AgentSpec spec(String agent) {
        AgentSpec s = specs.get(agent);
        if (s == null) {
            throw new GantryException(ErrorKind.NOT_FOUND, "there is no agent '" + agent + "'; configured: " + names());
        }
        return s;
    }

    @Override
    public void close() {
        parts.threads().shutdownNow();
    }
}
