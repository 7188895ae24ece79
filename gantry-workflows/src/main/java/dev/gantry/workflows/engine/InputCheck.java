package dev.gantry.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.error.GantryException;
import dev.gantry.workflows.graph.Workflow;
import dev.gantry.workflows.state.StateKey;
import dev.gantry.workflows.state.ValueType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A run's initial state must give every declared input, with its type, and nothing else. */
final class InputCheck {
    private InputCheck() {
    }

    static Map<String, JsonNode> check(Workflow wf, Map<String, JsonNode> input) {
        Map<String, JsonNode> given = input == null ? Map.of() : input;
        List<String> declared = wf.inputs().stream().map(StateKey::name).toList();
        for (String name : given.keySet()) {
            if (!declared.contains(name)) {
                throw GantryException.invalid(name, "workflow '" + wf.name() + "' has no input '" + name + "'; its inputs are: "
                        + (declared.isEmpty() ? "(none)" : wf.inputs().stream().map(StateKey::toString).collect(Collectors.joining(", "))));
            }
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (StateKey<?> k : wf.inputs()) {
            JsonNode v = given.get(k.name());
            if (v == null || v.isNull()) {
                throw GantryException.invalid(k.name(), "workflow '" + wf.name() + "' needs input '" + k.name() + "' (" + k.type().yamlName() + ")");
            }
            if (!k.type().accepts(v)) {
                throw GantryException.invalid(k.name(), "input '" + k.name() + "' of workflow '" + wf.name() + "' is "
                        + ValueType.describe(v) + "; it must be a " + k.type().yamlName());
            }
            out.put(k.name(), v);
        }
        return out;
    }
}
