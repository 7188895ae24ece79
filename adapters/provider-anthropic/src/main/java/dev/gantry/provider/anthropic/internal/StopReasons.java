package dev.gantry.provider.anthropic.internal;

import dev.gantry.core.chat.FinishReason;

/** Anthropic's stop_reason to and from the internal (OpenAI-vocabulary) finish reason. */
public final class StopReasons {
    private StopReasons() {
    }

    /** pause_turn (a server tool paused a long turn) reads as STOP; unknown future values too. */
    public static FinishReason toFinish(String stopReason) {
        if (stopReason == null) return null;
        return switch (stopReason) {
            case "max_tokens", "model_context_window_exceeded" -> FinishReason.LENGTH;
            case "tool_use" -> FinishReason.TOOL_CALLS;
            case "refusal" -> FinishReason.CONTENT_FILTER;
            default -> FinishReason.STOP;
        };
    }

    public static String toStopReason(FinishReason finish, String stopSequence) {
        if (finish == null) return stopSequence != null ? "stop_sequence" : "end_turn";
        return switch (finish) {
            case STOP -> stopSequence != null ? "stop_sequence" : "end_turn";
            case LENGTH -> "max_tokens";
            case TOOL_CALLS -> "tool_use";
            case CONTENT_FILTER -> "refusal";
        };
    }
}
