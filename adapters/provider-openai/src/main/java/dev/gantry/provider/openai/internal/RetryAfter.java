package dev.gantry.provider.openai.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads retry-after-ms (OpenAI, milliseconds) or Retry-After (seconds or an HTTP date). */
public final class RetryAfter {
    private RetryAfter() {
    }

    /** @return the wait asked for, or null when neither header is present and readable */
    public static Duration parse(String retryAfterMs, String retryAfter, Instant now) {
        Duration ms = number(retryAfterMs, 1);
        if (ms != null) return ms;
        Duration seconds = number(retryAfter, 1000);
        return seconds != null ? seconds : date(retryAfter, now);
    }

    private static Duration number(String value, long millisPerUnit) {
        if (value == null || value.isBlank()) return null;
        try {
            double d = Double.parseDouble(value.trim());
            return d < 0 || Double.isNaN(d) ? null : Duration.ofMillis(Math.round(d * millisPerUnit));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Duration date(String value, Instant now) {
        if (value == null || value.isBlank()) return null;
        try {
            Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
