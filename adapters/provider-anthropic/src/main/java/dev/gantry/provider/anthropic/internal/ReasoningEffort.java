package dev.gantry.provider.anthropic.internal;

import java.util.Map;

/**
 * A reasoning effort (OpenAI's reasoning_effort, Anthropic's output_config.effort) as a thinking budget:
 * low 1024, medium 2048, high 4096, xhigh/max 8192 tokens, capped at half of max_tokens so the answer keeps
 * room; no thinking when that leaves less than Anthropic's minimum budget (1024) or the effort is
 * "none"/"minimal". The client's max_tokens is never raised: it bounds the cost.
 */
final class ReasoningEffort {
    static final int MIN_BUDGET = 1024;

    private ReasoningEffort() {
    }

    static Map<String, Object> toThinking(String effort, int maxTokens) {
        if (effort == null) return null;
        int wanted = switch (effort) {
            case "low" -> 1024;
            case "medium" -> 2048;
            case "high" -> 4096;
            case "xhigh", "max" -> 8192;
            default -> 0;
        };
        int budget = Math.min(wanted, maxTokens / 2);
        if (budget < MIN_BUDGET) return null;
        return Map.of("type", "enabled", "budget_tokens", budget);
    }
}
