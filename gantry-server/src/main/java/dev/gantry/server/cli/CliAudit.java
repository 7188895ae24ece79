package dev.gantry.server.cli;

import dev.gantry.core.audit.AuditEvent;
import dev.gantry.core.keys.VirtualKey;
import java.util.LinkedHashMap;
import java.util.Map;

/** The audit events the CLI writes: who ran it, and key changes by name (never the secret). */
final class CliAudit {
    /** Enough of the key's SHA-256 to tell two keys apart in the log, far too little to match a secret against. */
    static final int HASH_PREFIX = 8;

    private CliAudit() {
    }

    static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    static AuditEvent keyCreated(VirtualKey k) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("models", k.models().isEmpty() ? "*" : String.join(",", k.models()));
        details.put("rpm", Long.toString(k.rpm()));
        details.put("tpm", Long.toString(k.tpm()));
        details.put("budget", k.budget() == null ? "none"
                : k.budget().usd().toPlainString() + "/" + k.budget().period().name().toLowerCase());
        details.put("key_hash_prefix", k.keyHash().substring(0, HASH_PREFIX));
        return AuditEvent.now(AuditEvent.KEY_CREATED, actor(), k.name(), details);
    }

    static AuditEvent keyRevoked(String name) {
        return AuditEvent.now(AuditEvent.KEY_REVOKED, actor(), name, Map.of());
    }
}
