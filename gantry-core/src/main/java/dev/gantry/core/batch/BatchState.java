package dev.gantry.core.batch;

/**
 * A provider batch's state, one vocabulary for every provider: OpenAI's eight statuses and Anthropic's three
 * processing statuses (with its request counts) map onto it.
 */
public enum BatchState {
    /** Accepted, the input being checked (OpenAI validating). */
    VALIDATING,
    /** Items being answered (OpenAI in_progress and finalizing, Anthropic in_progress). */
    IN_PROGRESS,
    /** A cancel was asked for and is under way (OpenAI cancelling, Anthropic canceling). */
    CANCELLING,
    /** Ended with every item processed (some may have failed on their own). */
    COMPLETED,
    /** The provider refused the whole batch (OpenAI failed: e.g. an invalid input file). */
    FAILED,
    /** The completion window passed; items not answered by then expired. */
    EXPIRED,
    /** Ended by a cancel; items answered before it keep their answers. */
    CANCELLED;

    /** Whether the provider will change nothing more: results can be fetched. */
    public boolean terminal() {
        return this == COMPLETED || this == FAILED || this == EXPIRED || this == CANCELLED;
    }

    /** The lower-case wire name used by Gantry's API and store. */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static BatchState fromWire(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
