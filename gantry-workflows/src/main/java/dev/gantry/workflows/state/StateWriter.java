package dev.gantry.workflows.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a step writes: typed puts, collected as the delta the engine persists. */
public final class StateWriter {
    private final Map<String, JsonNode> delta = new LinkedHashMap<>();

    public <T> StateWriter put(StateKey<T> key, T value) {
        delta.put(key.name(), Json.MAPPER.valueToTree(value));
        return this;
    }

    public StateWriter putNode(String name, JsonNode value) {
        delta.put(name, value);
        return this;
    }

    public Map<String, JsonNode> delta() {
        return delta;
    }
}
