package dev.gantry.rag.retrieve;

import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.Filter;
import dev.gantry.core.rag.Filter.Condition;
import dev.gantry.core.rag.Filter.Op;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a filter against the fields the index holds before it reaches the index: a misspelt field would
 * otherwise silently match nothing, and a non-numeric range bound would fail deep inside the adapter.
 */
final class FilterCheck {
    /** Enough to recognise a typo without turning the error into a dump of a huge schema. */
    private static final int MAX_LISTED_FIELDS = 50;

    private FilterCheck() {
    }

    static void validate(Filter filter, Set<String> knownFields) {
        for (Condition c : filter.conditions()) {
            requireKnownField(c, knownFields);
            requireValueCount(c);
            if (isRange(c.op())) requireNumber(c);
        }
    }

    private static void requireKnownField(Condition c, Set<String> known) {
        if (c.field() != null && known.contains(c.field())) return;
        String field = c.field() == null ? "(none)" : "'" + c.field() + "'";
        if (known.isEmpty()) {
            throw GantryException.invalid("filter", "filter field " + field + " cannot be used: this collection's "
                    + "documents have no metadata; ingest them with metadata to filter on it, or drop the filter");
        }
        throw GantryException.invalid("filter", "filter field " + field + " is not a metadata field of this "
                + "collection; known fields: " + listed(known));
    }

    private static void requireValueCount(Condition c) {
        int n = c.values().size();
        if (c.op() == null) {
            throw GantryException.invalid("filter", "filter on '" + c.field() + "' has no operator; use one of "
                    + "eq, ne, in, gt, gte, lt, lte");
        }
        if (c.op() == Op.IN ? n == 0 : n != 1) {
            throw GantryException.invalid("filter", "filter on '" + c.field() + "' with " + opName(c)
                    + " has " + n + " values; " + (c.op() == Op.IN ? "in needs at least one" : "it needs exactly one"));
        }
    }

    private static void requireNumber(Condition c) {
        String bound = c.values().get(0);
        try {
            if (Double.isFinite(Double.parseDouble(bound.strip()))) return;
        } catch (NumberFormatException e) {
            // reported below, with the field and the value
        }
        throw GantryException.invalid("filter", "filter on '" + c.field() + "' with " + opName(c)
                + " needs a number, got '" + bound + "'; range operators compare numbers (use eq/ne/in for text)");
    }

    private static String opName(Condition c) {
        return c.op().name().toLowerCase(Locale.ROOT);
    }

    private static boolean isRange(Op op) {
        return op == Op.GT || op == Op.GTE || op == Op.LT || op == Op.LTE;
    }

    private static String listed(Set<String> known) {
        TreeSet<String> sorted = new TreeSet<>(known);
        if (sorted.size() <= MAX_LISTED_FIELDS) return String.join(", ", sorted);
        return String.join(", ", sorted.stream().limit(MAX_LISTED_FIELDS).toList())
                + " and " + (sorted.size() - MAX_LISTED_FIELDS) + " more";
    }
}
