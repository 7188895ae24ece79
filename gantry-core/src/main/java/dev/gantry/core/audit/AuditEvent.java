package dev.gantry.core.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Something worth auditing: who ({@code actor}) did what ({@code type}) to what ({@code subject}), with details.
 * {@code at} is kept to the millisecond (the precision the chain hashes); details are copied, sorted by name.
 * Secrets are refused ({@link SecretGuard}): record a key's name or a hash prefix, never the key.
 *
 * @param type    dotted event type, such as {@link #KEY_CREATED}
 * @param actor   who acted: "cli:alice", "admin-api", "gantry" (the server itself)
 * @param subject what was acted on: a key name, a config source, a route; empty when nothing in particular
 */
public record AuditEvent(String type, String actor, String subject, Map<String, String> details, Instant at) {
    public static final String KEY_CREATED = "key.created";
    public static final String KEY_REVOKED = "key.revoked";
    public static final String CONFIG_LOADED = "config.loaded";
    public static final String GUARD_DECISION = "guard.decision";
    public static final String ADMIN_ACTION = "admin.action";

    public AuditEvent {
        type = required("type", type);
        actor = required("actor", actor);
        subject = Objects.requireNonNull(subject, "audit event subject is null; pass \"\" when there is none");
        details = sortedCopy(details);
        at = Objects.requireNonNull(at, "audit event time is null").truncatedTo(ChronoUnit.MILLIS);
        SecretGuard.check("actor", actor);
        SecretGuard.check("subject", subject);
        details.forEach((name, value) -> SecretGuard.check("detail '" + name + "'", value));
    }

    /** An event happening now. */
    public static AuditEvent now(String type, String actor, String subject, Map<String, String> details) {
        return new AuditEvent(type, actor, subject, details, Instant.now());
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("audit event " + field + " is empty; give it a value such as "
                    + ("type".equals(field) ? "'" + KEY_CREATED + "'" : "'cli:alice'"));
        }
        return value;
    }

    private static Map<String, String> sortedCopy(Map<String, String> details) {
        TreeMap<String, String> copy = new TreeMap<>();
        if (details == null) return Collections.unmodifiableSortedMap(copy);
        details.forEach((name, value) -> {
            if (name == null || value == null) {
                throw new IllegalArgumentException("audit event detail " + name + "=" + value
                        + " has a null name or value; leave the detail out instead");
            }
            copy.put(name, value);
        });
        return Collections.unmodifiableSortedMap(copy);
    }
}
