package dev.gantry.server;

import dev.gantry.core.audit.AuditEvent;
import dev.gantry.core.keys.KeyHashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the running config came from, for the {@code config.loaded} audit record: the file (and a SHA-256 of its
 * text, which holds secrets only as ${ENV} references) or the embedded defaults. Never a config value.
 *
 * @param source the file's absolute path, or a description such as "embedded defaults"
 * @param sha256 hex SHA-256 of the file's text; null when there is no file
 */
public record ConfigOrigin(String source, String sha256) {
    public static final ConfigOrigin EMBEDDED = new ConfigOrigin("embedded defaults", null);
    /** A config built in process (tests, embedding applications) rather than read by `gantry serve`. */
    public static final ConfigOrigin IN_PROCESS = new ConfigOrigin("in-process", null);

    public static ConfigOrigin file(Path file) {
        try {
            return new ConfigOrigin(file.toAbsolutePath().normalize().toString(), KeyHashing.sha256(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read config file " + file + " again to fingerprint it; "
                    + "check it was not moved while starting", e);
        }
    }

    AuditEvent loadedEvent(Path dataDir) {
        Map<String, String> details = new LinkedHashMap<>();
        if (sha256 != null) details.put("sha256", sha256);
        details.put("data_dir", dataDir.toAbsolutePath().normalize().toString());
        return AuditEvent.now(AuditEvent.CONFIG_LOADED, Gantry.AUDIT_ACTOR, source, details);
    }
}
