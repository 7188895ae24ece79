package dev.gantry.workflows.graph;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.workflows.state.Json;
import dev.gantry.workflows.state.StateKey;
import dev.gantry.workflows.state.WorkflowState;
import java.util.Objects;

/**
 * The whole condition language of {@code when}: one key compared with one constant. {@code exists} is true when
 * the key has a value; {@code equals} compares JSON values exactly; {@code gt}/{@code gte}/{@code lt}/{@code lte}
 * need a number key. No expressions, on purpose: a branch is decided from state a step wrote, where the logic can
 * live in a code step.
 */
public record Condition(String key, Op op, JsonNode value) {
    public enum Op {
        EXISTS("exists"), EQUALS("equals"), GT("gt"), GTE("gte"), LT("lt"), LTE("lte");

        public final String yaml;

        Op(String yaml) {
            this.yaml = yaml;
        }

        public boolean numeric() {
            return this != EXISTS && this != EQUALS;
        }
    }

    public Condition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(op, "op");
        if (op != Op.EXISTS && (value == null || value.isNull())) {
            throw new IllegalArgumentException("condition '" + op.yaml + "' on '" + key + "' needs a value to compare with");
        }
        if (op.numeric() && !value.isNumber()) {
            throw new IllegalArgumentException("condition '" + op.yaml + "' on '" + key + "' compares with " + value + "; give a number");
        }
    }

    public static Condition exists(StateKey<?> key) {
        return new Condition(key.name(), Op.EXISTS, null);
    }

    public static Condition equalTo(StateKey<?> key, Object value) {
        return new Condition(key.name(), Op.EQUALS, Json.MAPPER.valueToTree(value));
    }

    public static Condition gt(StateKey<Double> key, double value) {
        return numeric(key, Op.GT, value);
    }

    public static Condition gte(StateKey<Double> key, double value) {
        return numeric(key, Op.GTE, value);
    }

    public static Condition lt(StateKey<Double> key, double value) {
        return numeric(key, Op.LT, value);
    }

    public static Condition lte(StateKey<Double> key, double value) {
        return numeric(key, Op.LTE, value);
    }

    private static Condition numeric(StateKey<Double> key, Op op, double value) {
        return new Condition(key.name(), op, Json.MAPPER.getNodeFactory().numberNode(value));
    }

    public boolean test(WorkflowState state) {
        JsonNode v = state.node(key);
        if (op == Op.EXISTS) return v != null && !v.isNull();
        if (v == null) return false;
        if (op == Op.EQUALS) return v.isNumber() && value.isNumber() ? v.decimalValue().compareTo(value.decimalValue()) == 0 : v.equals(value);
        if (!v.isNumber()) return false;
        int c = v.decimalValue().compareTo(value.decimalValue());
        return switch (op) {
            case GT -> c > 0;
            case GTE -> c >= 0;
            case LT -> c < 0;
            default -> c <= 0;
        };
    }

    @Override
    public String toString() {
        return "{key: " + key + ", " + op.yaml + ": " + (value == null ? "true" : value) + "}";
    }
}
