package dev.gantry.workflows.state;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A typed slot of a workflow's state. Steps declare the keys they read and write, so a workflow is checked before
 * it runs; values are kept as JSON (that is what is persisted) and read back as {@code T} through Jackson.
 *
 * @param name     letters, digits, '_' and '-', starting with a letter
 * @param type     the JSON shape its values must have
 * @param javaType what {@link WorkflowState#get} converts the value to
 */
public record StateKey<T>(String name, ValueType type, JavaType javaType) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    private static final TypeFactory TYPES = TypeFactory.defaultInstance();

    public StateKey {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(javaType, "javaType");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("state key name '" + name + "' is not valid; use letters, digits, '_' or '-', "
                    + "starting with a letter, at most 64 characters");
        }
    }

    public static StateKey<String> string(String name) {
        return new StateKey<>(name, ValueType.STRING, TYPES.constructType(String.class));
    }

    public static StateKey<Double> number(String name) {
        return new StateKey<>(name, ValueType.NUMBER, TYPES.constructType(Double.class));
    }

    public static StateKey<Boolean> bool(String name) {
        return new StateKey<>(name, ValueType.BOOLEAN, TYPES.constructType(Boolean.class));
    }

    public static StateKey<JsonNode> json(String name) {
        return new StateKey<>(name, ValueType.JSON, TYPES.constructType(JsonNode.class));
    }

    public static StateKey<List<Object>> list(String name) {
        return new StateKey<>(name, ValueType.LIST, TYPES.constructCollectionType(List.class, Object.class));
    }

    /** A list whose items Jackson converts to {@code item} (a record, say). */
    public static <E> StateKey<List<E>> listOf(String name, Class<E> item) {
        return new StateKey<>(name, ValueType.LIST, TYPES.constructCollectionType(List.class, item));
    }

    /** A JSON object read as {@code type} (a Jackson-serializable record or class). */
    public static <T> StateKey<T> of(String name, Class<T> type) {
        return new StateKey<>(name, ValueType.JSON, TYPES.constructType(type));
    }

    /** The key a YAML declaration names: values read back as plain Java (String, Double, Boolean, JsonNode, List). */
    public static StateKey<?> ofType(String name, ValueType type) {
        return switch (type) {
            case STRING -> string(name);
            case NUMBER -> number(name);
            case BOOLEAN -> bool(name);
            case JSON -> json(name);
            case LIST -> list(name);
        };
    }

    @Override
    public String toString() {
        return name + ": " + type.yamlName();
    }
}
