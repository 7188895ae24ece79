package dev.gantry.workflows.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The state a step sees: immutable values by key name, as JSON; typed reads through {@link StateKey}. */
public final class WorkflowState {
    private final Map<String, JsonNode> values;

    private WorkflowState(Map<String, JsonNode> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static WorkflowState of(Map<String, JsonNode> values) {
        return new WorkflowState(new LinkedHashMap<>(values));
    }

    /** The value of {@code key} as its Java type; fails when the key has no value (declared reads always have one). */
    public <T> T get(StateKey<T> key) {
        JsonNode v = values.get(key.name());
        if (v == null) throw new IllegalStateException("state key '" + key.name() + "' has no value yet");
        return Json.MAPPER.convertValue(v, key.javaType());
    }

    public <T> Optional<T> find(StateKey<T> key) {
        return values.containsKey(key.name()) ? Optional.of(get(key)) : Optional.empty();
    }

    public JsonNode node(String name) {
        return values.get(name);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** This state with the delta's values written over it. */
    public WorkflowState with(Map<String, JsonNode> delta) {
        Map<String, JsonNode> next = new LinkedHashMap<>(values);
        next.putAll(delta);
        return new WorkflowState(next);
    }

    public Map<String, JsonNode> values() {
        return values;
    }
}
