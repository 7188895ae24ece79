package dev.gantry.provider.gemini.internal;

import dev.gantry.core.chat.FinishReason;
import java.util.Set;

/** Gemini's finishReason in OpenAI's vocabulary. */
public final class GeminiFinishReasons {
    private static final Set<String> FILTERED = Set.of(
            "SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY");

    private GeminiFinishReasons() {
    }

    /**
     * @param hasToolCalls the candidate asked for function calls: Gemini says STOP then, OpenAI tool_calls
     * @return null when Gemini gave no reason (a stream chunk before the last)
     */
    public static FinishReason map(String reason, boolean hasToolCalls) {
        if (reason == null || reason.isEmpty() || reason.equals("FINISH_REASON_UNSPECIFIED")) return null;
        if (reason.equals("MAX_TOKENS")) return FinishReason.LENGTH;
        if (FILTERED.contains(reason)) return FinishReason.CONTENT_FILTER;
        return hasToolCalls ? FinishReason.TOOL_CALLS : FinishReason.STOP;
    }
}
