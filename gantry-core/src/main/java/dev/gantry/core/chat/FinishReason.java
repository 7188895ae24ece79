package dev.gantry.core.chat;

/** Why generation stopped, in OpenAI's vocabulary; adapters map their provider's reasons onto these. */
public enum FinishReason {
    STOP("stop"), LENGTH("length"), TOOL_CALLS("tool_calls"), CONTENT_FILTER("content_filter");

    private final String wire;

    FinishReason(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** Parses OpenAI's value; unknown values become STOP (the safe reading of "ended normally"). */
    public static FinishReason fromWire(String value) {
        if (value == null) return null;
        for (FinishReason r : values()) {
            if (r.wire.equals(value)) return r;
        }
        return "function_call".equals(value) ? TOOL_CALLS : STOP;
    }
}
