package dev.gantry.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.workflow.StepRecord;
import dev.gantry.core.workflow.WorkflowRun;
import java.util.List;
import java.util.Map;

/** A run as stored: its record, its state so far (input plus every succeeded step's output) and its step records. */
public record RunView(WorkflowRun run, Map<String, JsonNode> state, List<StepRecord> steps) {
}
