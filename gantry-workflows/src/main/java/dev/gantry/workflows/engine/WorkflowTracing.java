package dev.gantry.workflows.engine;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;

/**
 * A span per run ("workflow {name}") and per executed step ("workflow.step {id}", its child, with kind and attempts);
 * replayed steps get none (the run span counts them). Parents are explicit: parallel branches run on other threads.
 * With the no-op OpenTelemetry every call is a no-op.
 */
final class WorkflowTracing {
    static final String SCOPE = "dev.gantry.workflows";
    private final Tracer tracer;

    WorkflowTracing(OpenTelemetry otel) {
        this.tracer = otel.getTracer(SCOPE);
    }

    Span run(String workflow, String runId, boolean resumed) {
        return tracer.spanBuilder("workflow " + workflow).setParent(Context.current())
                .setAttribute("gantry.workflow", workflow).setAttribute("gantry.workflow.run_id", runId)
                .setAttribute("gantry.workflow.resumed", resumed).startSpan();
    }

    Span step(Span run, String stepId, String kind) {
        return tracer.spanBuilder("workflow.step " + stepId).setParent(Context.root().with(run))
                .setAttribute("gantry.workflow.step", stepId).setAttribute("gantry.workflow.step.kind", kind).startSpan();
    }

    static void fail(Span span, String message) {
        span.setStatus(StatusCode.ERROR, message);
    }
}
