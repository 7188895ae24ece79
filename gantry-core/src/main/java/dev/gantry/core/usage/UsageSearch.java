package dev.gantry.core.usage;

import java.util.Objects;

/**
 * The request explorer's filters: those of {@link UsageQuery} (its limit is the page size) and, null meaning
 * "any", an error kind, streamed or not, and a text that the request id or the route contains.
 */
public record UsageSearch(UsageQuery filter, String errorKind, Boolean stream, String text, int offset) {
    public UsageSearch {
        Objects.requireNonNull(filter, "filter");
        if (offset < 0) throw new IllegalArgumentException("offset " + offset + " is negative; start at 0");
    }

    public static UsageSearch of(UsageQuery filter) {
        return new UsageSearch(filter, null, null, null, 0);
    }
}
