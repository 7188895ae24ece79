package dev.gantry.knowledge.ingest;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that a webhook delivery comes from the platform: Telegram's secret token header, Slack's v0 HMAC-SHA256
 * signature over the timestamp and raw body. Every comparison is constant-time; errors never echo a secret.
 */
public final class WebhookSecrets {
    /** Slack refuses requests older than this, so a captured delivery cannot be replayed later. */
    public static final Duration SLACK_WINDOW = Duration.ofMinutes(5);

    private WebhookSecrets() {
    }

    /** @throws GantryException authentication when the header is missing or differs from {@code expected} */
    public static void checkTelegram(String expected, String header) {
        if (header == null || header.isEmpty()) {
            throw unauthenticated("the X-Telegram-Bot-Api-Secret-Token header is missing; set the same secret_token in "
                    + "setWebhook as knowledge.telegram.secret-token");
        }
        if (!equal(expected, header)) {
            throw unauthenticated("the X-Telegram-Bot-Api-Secret-Token header does not match knowledge.telegram.secret-token");
        }
    }

    /**
     * @param timestamp the X-Slack-Request-Timestamp header (epoch seconds)
     * @param signature the X-Slack-Signature header ("v0=" and 64 hex digits)
     */
    public static void checkSlack(String signingSecret, String timestamp, byte[] body, String signature, Instant now) {
        if (timestamp == null || signature == null) {
            throw unauthenticated("the X-Slack-Request-Timestamp or X-Slack-Signature header is missing; Slack signs every "
                    + "request, so this did not come from Slack");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw unauthenticated("X-Slack-Request-Timestamp '" + shortened(timestamp) + "' is not epoch seconds");
        }
        long skew = Math.abs(now.getEpochSecond() - seconds);
        if (skew > SLACK_WINDOW.toSeconds()) {
            throw unauthenticated("X-Slack-Request-Timestamp is " + skew + " s away from now, outside the "
                    + SLACK_WINDOW.toMinutes() + "-minute window (a replay, or this host's clock is wrong)");
        }
        String expected = "v0=" + HexFormat.of().formatHex(hmac(signingSecret, "v0:" + seconds + ":", body));
        if (!equal(expected, signature.trim())) {
            throw unauthenticated("X-Slack-Signature does not match the body signed with knowledge.slack.signing-secret");
        }
    }

    /** The v0 signature Slack would send for this body (for clients and tests that sign). */
    public static String slackSignature(String signingSecret, long timestamp, byte[] body) {
        return "v0=" + HexFormat.of().formatHex(hmac(signingSecret, "v0:" + timestamp + ":", body));
    }

    private static byte[] hmac(String secret, String prefix, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(prefix.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    private static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String shortened(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "...";
    }

    private static GantryException unauthenticated(String message) {
        return new GantryException(ErrorKind.AUTHENTICATION, message);
    }
}
