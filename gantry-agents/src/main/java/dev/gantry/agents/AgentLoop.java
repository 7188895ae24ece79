package dev.gantry.agents;

import dev.gantry.core.agent.AgentRun;
import dev.gantry.core.agent.AgentRunStore;
import dev.gantry.core.agent.AgentStep;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.chat.ToolSpec;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.tool.ToolContext;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One active stretch of a run: calls the model, runs the tools it asks for, feeds the results back, until an
 * answer, a limit, or a call that needs a person. The run is saved after every step, so a pause survives a restart.
 */
final class AgentLoop {
    private static final int DETAIL_CHARS = 200;
    private final AgentSpec spec;
    private final Parts parts;
    private final RunState state;
    private final Caller caller;
    private final Instant deadline;
    private final Span span;
    private AgentRun run;

    /** What every run shares. */
    record Parts(AgentRunStore store, ToolRegistry registry, ToolRunner tools, AgentModel model, AgentTracing tracing,
                 ExecutorService threads, Clock clock) {
    }

    AgentLoop(AgentSpec spec, Parts parts, AgentRun run, RunState state, Caller caller, Span span) {
        this.spec = spec;
        this.parts = parts;
        this.run = run;
        this.state = state;
        this.caller = caller;
        this.deadline = parts.clock().instant().plus(spec.timeout());
        this.span = span;
    }

    /** Runs until the run answers, stops or waits; returns it as saved. */
    AgentRun drive() {
        while (true) {
            String limit = limitBeforeCall();
            if (limit != null) return finish(AgentRun.Status.STOPPED, limit, null);
            ChatMessage answer;
            try {
                answer = callModel();
            } catch (TimeoutException e) {
                return finish(AgentRun.Status.STOPPED, "timeout", null);
            } catch (GantryException e) {
                return finish(AgentRun.Status.FAILED, "error: " + e.kind().code(), null);
            }
            if (answer == null || answer.toolCalls().isEmpty()) {
                return finish(AgentRun.Status.COMPLETED, "answer", answer == null ? null : answer.text());
            }
            state.messages.add(answer);
            String spent = limitAfterCall();
            if (spent != null) return finish(AgentRun.Status.STOPPED, spent, null);
            if (runTools(answer.toolCalls())) return waitForApproval();
            save(AgentRun.Status.RUNNING, null, null);
        }
    }

    /** Runs the calls that need no person; keeps the others pending. @return true when some wait for approval */
    boolean runTools(List<ToolCall> calls) {
        List<ToolCall> now = new ArrayList<>();
        for (ToolCall c : calls) {
            if (needsApproval(c)) state.pending.add(c);
            else now.add(c);
        }
        List<ToolRunner.Outcome> outcomes = parts.tools().runAll(now, allowed(), toolContext(), spec.toolTimeout(), span);
        for (ToolRunner.Outcome o : outcomes) {
            state.addResult(o.call(), o.result());
            recordTool(o.call(), o.outcome(), o.millis());
        }
        for (ToolCall c : state.pending) recordTool(c, "waiting_approval", 0);
        return !state.pending.isEmpty();
    }

    /** Runs an approved call now (after the person's decision), through the same checks as any call. */
    void runApproved(ToolCall call) {
        if (Escalation.TOOL.equals(call.name())) return;
        ToolRunner.Outcome o = parts.tools().runOne(call, allowed(), toolContext(), spec.toolTimeout(), span);
        state.addResult(call, o.result());
        recordTool(call, o.outcome(), o.millis());
    }

    /** A call a person must approve first; one with invalid arguments runs now, to fail and tell the model why. */
    private boolean needsApproval(ToolCall c) {
        return (spec.escalation() && Escalation.TOOL.equals(c.name()))
                || (allowed().contains(c.name()) && parts.registry().requiresApproval(c.name())
                    && parts.tools().argumentsValid(c));
    }

    private Set<String> allowed() {
        return new HashSet<>(spec.tools());
    }

    private ToolContext toolContext() {
        return new ToolContext(run.id(), run.keyId(), deadline);
    }

    private String limitBeforeCall() {
        if (run.steps() >= spec.maxSteps()) return "max_steps";
        return limitAfterCall();
    }

    private String limitAfterCall() {
        if (!parts.clock().instant().isBefore(deadline)) return "timeout";
        if (spec.maxTokens() > 0 && run.totalTokens() >= spec.maxTokens()) return "token_budget";
        if (spec.maxCostUsd() != null && run.costUsd().compareTo(spec.maxCostUsd()) >= 0) return "cost_budget";
        return null;
    }

    /** @return the assistant's message (null when the model sent none) */
    private ChatMessage callModel() throws TimeoutException {
        int seq = state.takeSeq();
        Span step = parts.tracing().model(span, spec.model(), seq);
        long started = System.nanoTime();
        ChatRequest request = request();
        AgentModel.ModelCall call = new AgentModel.ModelCall(spec.name(), run.id(), seq, caller);
        Future<AgentModel.Turn> f = parts.threads().submit(Context.root().with(step)
                .wrap(() -> parts.model().call(request, call)));
        try {
            AgentModel.Turn turn = f.get(remainingNanos(), TimeUnit.NANOSECONDS);
            recordModel(seq, turn, "ok", millisSince(started));
            AgentTracing.endModel(step, turn.response().usage(), "ok");
            return turn.response().message();
        } catch (TimeoutException e) {
            f.cancel(true);
            recordModel(seq, null, "timeout", millisSince(started));
            AgentTracing.end(step, "timeout");
            throw e;
        } catch (ExecutionException e) {
            GantryException g = e.getCause() instanceof GantryException ge ? ge
                    : new GantryException(ErrorKind.INTERNAL, "the model call failed", e.getCause());
            recordModel(seq, null, g.kind().code(), millisSince(started));
            AgentTracing.end(step, g.kind().code());
            throw g;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(true);
            AgentTracing.end(step, "cancelled");
            throw new GantryException(ErrorKind.CANCELLED, "the agent run was interrupted");
        }
    }

    private ChatRequest request() {
        List<ToolSpec> tools = new ArrayList<>();
        for (String name : spec.tools()) tools.add(parts.registry().find(name).spec());
        if (spec.escalation()) tools.add(Escalation.SPEC);
        ChatRequest.Builder b = ChatRequest.builder().model(spec.model()).messages(state.messages).tools(tools);
        if (spec.maxTokens() > 0) b.maxTokens((int) Math.min(Integer.MAX_VALUE, spec.maxTokens() - run.totalTokens()));
        return b.build();
    }

    private long remainingNanos() {
        return Math.max(0, Duration.between(parts.clock().instant(), deadline).toNanos());
    }

    private AgentRun waitForApproval() {
        AgentRun saved = save(AgentRun.Status.WAITING_APPROVAL, null, null);
        AgentTracing.end(span, "waiting_approval");
        return saved;
    }

    private AgentRun finish(AgentRun.Status status, String reason, String answer) {
        AgentRun saved = save(status, reason, answer);
        span.setAttribute("gantry.agent.status", status.name());
        AgentTracing.end(span, "answer".equals(reason) ? "answer" : reason);
        return saved;
    }

    /** Saves the run from RUNNING (the only state a loop works in) to {@code status}, with the conversation so far. */
    private AgentRun save(AgentRun.Status status, String reason, String answer) {
        run = run.withStatus(status, reason, answer, now())
                .withProgress(state.toJson(), run.steps(), run.inputTokens(), run.outputTokens(), run.costUsd(), now());
        if (!parts.store().update(run, AgentRun.Status.RUNNING)) {
            throw new GantryException(ErrorKind.CONFLICT, "agent run '" + run.id() + "' was changed by someone else "
                    + "while it ran; read it again with GET /gantry/agents/runs/" + run.id());
        }
        return run;
    }

    private void recordModel(int seq, AgentModel.Turn turn, String outcome, long millis) {
        Usage u = turn == null ? Usage.ZERO : turn.response().usage();
        BigDecimal cost = turn == null ? BigDecimal.ZERO : turn.costUsd();
        run = run.withProgress(run.state(), run.steps() + 1, run.inputTokens() + u.inputTokens(),
                run.outputTokens() + u.outputTokens(), run.costUsd().add(cost), now());
        String detail = turn == null ? null : finishOf(turn);
        parts.store().appendStep(new AgentStep(run.id(), seq, AgentStep.Kind.MODEL, spec.model(), null, detail, outcome,
                u.inputTokens(), u.outputTokens(), cost, millis, now()));
    }

    private static String finishOf(AgentModel.Turn turn) {
        var choices = turn.response().choices();
        String reason = choices.isEmpty() || choices.get(0).finishReason() == null ? "none" : choices.get(0).finishReason().wire();
        return reason + (turn.response().model() == null ? "" : " (" + turn.response().model() + ")");
    }

    void recordTool(ToolCall call, String outcome, long millis) {
        parts.store().appendStep(new AgentStep(run.id(), state.takeSeq(), AgentStep.Kind.TOOL, call.name(), call.id(),
                cut(call.arguments()), outcome, 0, 0, null, millis, now()));
    }

    void recordApproval(ToolCall call, String who, String reason, boolean approved) {
        parts.store().appendStep(new AgentStep(run.id(), state.takeSeq(), AgentStep.Kind.APPROVAL, who, call.id(),
                cut(reason), approved ? "approved" : "rejected", 0, 0, null, 0, now()));
    }

    static String cut(String text) {
        if (text == null) return null;
        return text.length() <= DETAIL_CHARS ? text : text.substring(0, DETAIL_CHARS) + "... (" + text.length() + " chars)";
    }

    private Instant now() {
        return parts.clock().instant();
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
