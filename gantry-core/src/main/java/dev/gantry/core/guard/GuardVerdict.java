package dev.gantry.core.guard;

/**
 * One decision of a guard, safe to log: it names the rule and the kind of finding, never the matched value.
 *
 * @param stage    {@code input}, {@code output} or {@code sources} (retrieved RAG passages)
 * @param detector the detector's name, e.g. {@code pii}
 * @param action   {@code block}, {@code redact}, {@code pseudonymize} or {@code flag}
 * @param type     what was found, e.g. {@code EMAIL_ADDRESS}
 * @param score    the detector's confidence in [0, 1]
 * @param reason   why, in words that do not repeat the value
 */
public record GuardVerdict(String stage, String detector, String action, String type, double score, String reason) {
}
