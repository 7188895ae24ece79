package dev.gantry.server.http;

import dev.gantry.core.error.GantryException;
import io.helidon.common.uri.UriQuery;
import java.util.Set;
import java.util.TreeSet;

/** Query parameters of a dashboard API: unknown names and malformed values are refused with a 400 that says why. */
final class DashboardParams {
    private final UriQuery query;

    DashboardParams(UriQuery query, Set<String> allowed) {
        this.query = query;
        for (String name : query.names()) {
            if (!allowed.contains(name)) {
                throw GantryException.invalid(name, "unknown parameter '" + name + "'; this API takes "
                        + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    String text(String name) {
        if (!query.contains(name)) return null;
        String v = query.get(name).trim();
        return v.isEmpty() ? null : v;
    }

    Boolean bool(String name) {
        String v = text(name);
        if (v == null) return null;
        if (!v.equals("true") && !v.equals("false")) {
            throw GantryException.invalid(name, name + " '" + v + "' is not true or false");
        }
        return Boolean.valueOf(v);
    }

    /** One of {@code values} or null; anything else is a 400 listing them. */
    String choice(String name, Set<String> values) {
        String v = text(name);
        if (v != null && !values.contains(v)) {
            throw GantryException.invalid(name, name + " '" + v + "' is not one of " + String.join(", ", new TreeSet<>(values)));
        }
        return v;
    }

    int number(String name, int fallback, int min, int max) {
        String v = text(name);
        if (v == null) return fallback;
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw GantryException.invalid(name, name + " '" + v + "' is not a whole number");
        }
        if (n < min || n > max) throw GantryException.invalid(name, name + " must be between " + min + " and " + max + ", got " + n);
        return n;
    }
}
