package dev.gantry.guard;

import java.util.Objects;

/**
 * Something a detector found in a text: what kind of thing, where (UTF-16 offsets, end exclusive), how sure the
 * detector is, and why, in words that never repeat the sensitive value itself.
 *
 * @param type   what was found, e.g. {@code EMAIL_ADDRESS}, {@code CREDIT_CARD}, {@code PROMPT_INJECTION}
 * @param start  first char of the span; 0 and the text length for findings about the whole text
 * @param end    one past the last char of the span
 * @param score  confidence in [0, 1]
 * @param reason why it matched (the rule or the model), safe to log and to show a client
 */
public record Finding(String type, int start, int end, double score, String reason) {
    public Finding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        if (!(score >= 0 && score <= 1)) throw new IllegalArgumentException("score " + score + " is not in [0, 1]");
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }
}
