package dev.gantry.core.chat;

import java.util.Map;

/** Structured-output request: TEXT, JSON_OBJECT, or JSON_SCHEMA with a named schema. */
public record ResponseFormat(Type type, String name, String description, Map<String, Object> schema, Boolean strict) {
    public enum Type { TEXT, JSON_OBJECT, JSON_SCHEMA }

    public static final ResponseFormat TEXT = new ResponseFormat(Type.TEXT, null, null, null, null);
    public static final ResponseFormat JSON_OBJECT = new ResponseFormat(Type.JSON_OBJECT, null, null, null, null);
}
