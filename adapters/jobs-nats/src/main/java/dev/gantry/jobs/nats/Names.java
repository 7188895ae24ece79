package dev.gantry.jobs.nats;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The JetStream names of a queue. Queue names are free text, but subject tokens, consumer names and KV keys
 * allow few characters, so a queue name is encoded: letters, digits and '-' stay, every other UTF-8 byte becomes
 * {@code _HH}. The encoding is one-to-one, so two queues never share a subject or a consumer.
 */
final class Names {
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    final String stream;
    final String bucket;
    private final String subjectRoot;

    Names(String prefix) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("NATS stream prefix '" + prefix + "' is not allowed; use 1 to 32 "
                    + "letters, digits, '_' or '-', e.g. GANTRY");
        }
        this.stream = prefix + "_JOBS";
        this.bucket = prefix + "_JOB_RECORDS";
        this.subjectRoot = prefix + ".jobs.";
    }

    String subjects() {
        return subjectRoot + ">";
    }

    String subject(String queue) {
        return subjectRoot + encode(queue);
    }

    String consumer(String queue) {
        return "jobs-" + encode(queue);
    }

    static String jobKey(String id) {
        return "job." + id;
    }

    /** The dedupe key's KV key: hashed, since a dedupe key is free text of any length. */
    static String dedupeKey(String queue, String dedupeKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(dedupeKey.getBytes(StandardCharsets.UTF_8));
            return "dedupe." + encode(queue) + "." + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static String encode(String queue) {
        StringBuilder out = new StringBuilder();
        for (byte b : queue.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
            if (plain) out.append(c);
            else out.append('_').append(HexFormat.of().withUpperCase().toHexDigits(b));
        }
        return out.toString();
    }
}
