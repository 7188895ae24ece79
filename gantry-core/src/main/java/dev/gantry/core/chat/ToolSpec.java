package dev.gantry.core.chat;

import java.util.Map;

/** A function the model may call. {@code parameters} is a JSON Schema as plain maps/lists. */
public record ToolSpec(String name, String description, Map<String, Object> parameters, Boolean strict,
                       Map<String, Object> cacheControl) {
    public ToolSpec(String name, String description, Map<String, Object> parameters) {
        this(name, description, parameters, null, null);
    }
}
