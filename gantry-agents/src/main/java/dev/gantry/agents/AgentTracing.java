package dev.gantry.agents;

import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.chat.Usage;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;

/**
 * OpenTelemetry spans of agent runs, after the GenAI conventions: "invoke_agent {name}" per run (start or resume),
 * a child per model step and an "execute_tool {name}" child per tool call. Never prompt text or arguments: a tool
 * call carries its name, id and outcome. With the no-op OpenTelemetry every call here is a no-op.
 */
final class AgentTracing {
    static final String SCOPE = "dev.gantry.agents";
    static final AttributeKey<String> OPERATION = AttributeKey.stringKey("gen_ai.operation.name");
    static final AttributeKey<String> AGENT = AttributeKey.stringKey("gen_ai.agent.name");
    static final AttributeKey<String> RUN_ID = AttributeKey.stringKey("gantry.agent.run_id");
    static final AttributeKey<String> TOOL = AttributeKey.stringKey("gen_ai.tool.name");
    static final AttributeKey<String> TOOL_CALL = AttributeKey.stringKey("gen_ai.tool.call.id");
    static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("gantry.agent.outcome");
    private final Tracer tracer;

    AgentTracing(OpenTelemetry otel) {
        this.tracer = otel.getTracer(SCOPE);
    }

    Span run(String agent, String runId) {
        return tracer.spanBuilder("invoke_agent " + agent).setSpanKind(SpanKind.INTERNAL)
                .setAttribute(OPERATION, "invoke_agent").setAttribute(AGENT, agent).setAttribute(RUN_ID, runId)
                .startSpan();
    }

    Span model(Span run, String model, int seq) {
        return tracer.spanBuilder("chat " + model).setParent(Context.root().with(run))
                .setAttribute(OPERATION, "chat").setAttribute(AttributeKey.stringKey("gen_ai.request.model"), model)
                .setAttribute(AttributeKey.longKey("gantry.agent.step"), (long) seq).startSpan();
    }

    Span tool(Span run, ToolCall call) {
        return tracer.spanBuilder("execute_tool " + call.name()).setParent(Context.root().with(run))
                .setAttribute(OPERATION, "execute_tool").setAttribute(TOOL, call.name())
                .setAttribute(TOOL_CALL, String.valueOf(call.id())).startSpan();
    }

    static void endModel(Span span, Usage usage, String outcome) {
        if (usage != null) {
            span.setAttribute(AttributeKey.longKey("gen_ai.usage.input_tokens"), usage.inputTokens());
            span.setAttribute(AttributeKey.longKey("gen_ai.usage.output_tokens"), usage.outputTokens());
        }
        end(span, outcome);
    }

    /** Ends a span with its outcome; anything but "ok" and "answer" marks it as an error. */
    static void end(Span span, String outcome) {
        span.setAttribute(OUTCOME, outcome);
        if (!"ok".equals(outcome) && !"answer".equals(outcome) && !"waiting_approval".equals(outcome)
                && !"approved".equals(outcome)) {
            span.setStatus(StatusCode.ERROR, outcome);
        }
        span.end();
    }
}
