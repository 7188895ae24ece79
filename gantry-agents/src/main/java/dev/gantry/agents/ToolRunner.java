package dev.gantry.agents;

import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.tool.Tool;
import dev.gantry.core.tool.ToolContext;
import dev.gantry.core.tool.ToolResult;
import io.opentelemetry.api.trace.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the tool calls of one model turn, all at once on virtual threads, each under its own time limit. Every
 * failure becomes an error result the model reads (unknown tool, arguments that break the schema, an exception,
 * a timeout); nothing here throws for a tool's sake.
 */
final class ToolRunner {
    private final ToolRegistry registry;
    private final ArgumentCheck arguments;
    private final ExecutorService threads;
    private final AgentTracing tracing;

    ToolRunner(ToolRegistry registry, ArgumentCheck arguments, ExecutorService threads, AgentTracing tracing) {
        this.registry = registry;
        this.arguments = arguments;
        this.threads = threads;
        this.tracing = tracing;
    }

    /** A call's result and how it went: ok, error, invalid_arguments, unknown_tool, timeout. */
    record Outcome(ToolCall call, ToolResult result, String outcome, long millis) {
    }

    /** @param allowed the tools this agent may call */
    List<Outcome> runAll(List<ToolCall> calls, Set<String> allowed, ToolContext ctx, Duration perTool, Span run) {
        List<Future<Outcome>> futures = new ArrayList<>();
        for (ToolCall c : calls) futures.add(threads.submit(() -> runOne(c, allowed, ctx, perTool, run)));
        List<Outcome> out = new ArrayList<>();
        for (Future<Outcome> f : futures) out.add(join(f));
        return out;
    }

    private static Outcome join(Future<Outcome> f) {
        try {
            return f.get(); // runOne bounds its own time
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for tool calls", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a tool call's bookkeeping failed", e.getCause());
        }
    }

    /** Whether a known tool's arguments meet its schema. */
    boolean argumentsValid(ToolCall call) {
        Tool tool = registry.find(call.name());
        return tool != null && arguments.problems(tool.spec(), call.arguments()).isEmpty();
    }

    Outcome runOne(ToolCall call, Set<String> allowed, ToolContext ctx, Duration perTool, Span run) {
        long started = System.nanoTime();
        Span span = tracing.tool(run, call);
        Outcome o = decide(call, allowed, ctx, perTool, started);
        AgentTracing.end(span, o.outcome());
        return o;
    }

    private Outcome decide(ToolCall call, Set<String> allowed, ToolContext ctx, Duration perTool, long started) {
        Tool tool = allowed.contains(call.name()) ? registry.find(call.name()) : null;
        if (tool == null) {
            return outcome(call, ToolResult.error("there is no tool named '" + call.name() + "'; you can call: "
                    + String.join(", ", new java.util.TreeSet<>(allowed))), "unknown_tool", started);
        }
        List<String> problems = arguments.problems(tool.spec(), call.arguments());
        if (!problems.isEmpty()) {
            return outcome(call, ToolResult.error("the arguments for '" + call.name() + "' do not match its schema: "
                    + String.join("; ", problems) + ". Call it again with corrected arguments."), "invalid_arguments", started);
        }
        return execute(tool, call, ctx, perTool, started);
    }

    private Outcome execute(Tool tool, ToolCall call, ToolContext ctx, Duration perTool, long started) {
        Duration limit = limit(perTool, ctx.deadline());
        Future<ToolResult> f = threads.submit(() -> tool.call(call.arguments(), ctx));
        try {
            ToolResult r = f.get(limit.toNanos(), TimeUnit.NANOSECONDS);
            return outcome(call, r, r.isError() ? "error" : "ok", started);
        } catch (TimeoutException e) {
            f.cancel(true);
            return outcome(call, ToolResult.error("tool '" + call.name() + "' did not finish within "
                    + limit.toMillis() + " ms"), "timeout", started);
        } catch (ExecutionException e) {
            return outcome(call, ToolResult.error("tool '" + call.name() + "' failed: "
                    + ToolErrors.describe(e.getCause())), "error", started);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            return outcome(call, ToolResult.error("tool '" + call.name() + "' was interrupted"), "error", started);
        }
    }

    private static Duration limit(Duration perTool, Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        Duration d = left.compareTo(perTool) < 0 ? left : perTool;
        return d.isNegative() ? Duration.ZERO : d;
    }

    private static Outcome outcome(ToolCall call, ToolResult r, String outcome, long started) {
        return new Outcome(call, r, outcome, (System.nanoTime() - started) / 1_000_000);
    }
}
