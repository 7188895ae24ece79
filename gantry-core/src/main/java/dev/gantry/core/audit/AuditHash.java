package dev.gantry.core.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;

/**
 * The one definition of a record's hash, shared by every adapter so that none can disagree: lower-case hex
 * SHA-256 of the canonical form
 * <pre>
 * gantry-audit-v1\n
 * field* where field = UTF-8 byte length ":" UTF-8 bytes "\n"
 * fields: seq, at, type, actor, subject, number of details, (name, value)* sorted by name, previous hash
 * </pre>
 * Every field carries its length, so no choice of values can move a boundary (actor "ab" + subject "c" is
 * not actor "a" + subject "bc"), and the detail count stops details from absorbing the previous hash.
 * {@code at} is ISO-8601 UTC with exactly three fraction digits: 2026-12-07T03:30:00.000Z.
 */
public final class AuditHash {
    /** The previous hash of the first record. */
    public static final String GENESIS = "0".repeat(64);
    private static final String VERSION = "gantry-audit-v1\n";
    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private AuditHash() {
    }

    public static String of(long seq, AuditEvent event, String previousHash) {
        return HexFormat.of().formatHex(sha256(canonical(seq, event, previousHash)));
    }

    /** The bytes that are hashed; public so that other implementations can test against it. */
    public static byte[] canonical(long seq, AuditEvent event, String previousHash) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.writeBytes(VERSION.getBytes(StandardCharsets.US_ASCII));
        field(out, Long.toString(seq));
        field(out, AT.format(event.at()));
        field(out, event.type());
        field(out, event.actor());
        field(out, event.subject());
        field(out, Integer.toString(event.details().size()));
        for (Map.Entry<String, String> d : event.details().entrySet()) { // sorted by AuditEvent
            field(out, d.getKey());
            field(out, d.getValue());
        }
        field(out, previousHash);
        return out.toByteArray();
    }

    /** True for 64 lower-case hex characters, the shape of every hash in the chain. */
    public static boolean isHash(String s) {
        return s != null && s.length() == 64 && s.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    private static void field(ByteArrayOutputStream out, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bytes);
        out.write('\n');
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
