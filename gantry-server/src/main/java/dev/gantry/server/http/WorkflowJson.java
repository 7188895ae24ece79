package dev.gantry.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.workflow.StepRecord;
import dev.gantry.core.workflow.WorkflowRun;
import dev.gantry.workflows.engine.RunView;
import java.time.Duration;
import java.util.Locale;

/** A run as the API shows it: status, error, state so far, and per step its status, attempts, duration and error. */
final class WorkflowJson {
    private WorkflowJson() {
    }

    static ObjectNode view(RunView v) {
        ObjectNode o = run(v.run());
        ObjectNode state = o.putObject("state");
        v.state().forEach(state::set);
        ArrayNode steps = o.putArray("steps");
        for (StepRecord s : v.steps()) steps.add(step(s));
        return o;
    }

    static ObjectNode run(WorkflowRun run) {
        ObjectNode o = RagRoute.object().put("id", run.id()).put("workflow", run.workflow())
                .put("status", run.status().name().toLowerCase(Locale.ROOT));
        if (run.error() != null) o.put("error", run.error());
        o.put("created_at", run.createdAt().toString()).put("updated_at", run.updatedAt().toString());
        return o;
    }

    private static ObjectNode step(StepRecord s) {
        ObjectNode o = RagRoute.object().put("id", s.stepId()).put("status", s.status().name().toLowerCase(Locale.ROOT))
                .put("attempts", s.attempts()).put("started_at", s.startedAt().toString());
        if (s.finishedAt() != null) {
            o.put("finished_at", s.finishedAt().toString());
            o.put("duration_ms", Duration.between(s.startedAt(), s.finishedAt()).toMillis());
        }
        if (s.error() != null) o.put("error", s.error());
        return o;
    }
}
