package dev.gantry.core.rag;

import java.util.List;

/**
 * Metadata conditions, all of which must hold. Values are compared as text for {@code EQ}/{@code IN}/{@code NE},
 * and as numbers for the range operators (a non-numeric bound is an error, reported by the caller).
 */
public record Filter(List<Condition> conditions) {
    public static final Filter NONE = new Filter(List.of());

    public Filter {
        conditions = List.copyOf(conditions);
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    public enum Op { EQ, NE, IN, GT, GTE, LT, LTE }

    /** {@code values} has one element except for {@code IN}. */
    public record Condition(String field, Op op, List<String> values) {
        public Condition {
            values = List.copyOf(values);
        }
    }
}
