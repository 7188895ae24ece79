package dev.gantry.provider.gemini.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ResponseFormat;
import dev.gantry.core.error.GantryException;
import java.util.Locale;
import java.util.Map;

/** Writes {@code generationConfig}: sampling, limits, structured output, logprobs and thinking. */
public final class GeminiGenerationConfig {
    /** reasoning_effort -> thinkingBudget, the budgets Google's own OpenAI-compatible endpoint uses. */
    private static final Map<String, Integer> EFFORT_BUDGETS = Map.of(
            "none", 0, "minimal", 512, "low", 1024, "medium", 8192, "high", 24576);

    private GeminiGenerationConfig() {
    }

    public static void write(ChatRequest r, ObjectNode root) {
        ObjectNode c = GeminiJson.object();
        if (r.temperature() != null) c.put("temperature", r.temperature());
        if (r.topP() != null) c.put("topP", r.topP());
        if (r.topK() != null) c.put("topK", r.topK());
        if (r.maxTokens() != null) c.put("maxOutputTokens", r.maxTokens());
        if (!r.stop().isEmpty()) {
            ArrayNode stops = c.putArray("stopSequences");
            r.stop().forEach(stops::add);
        }
        if (r.n() != null) c.put("candidateCount", r.n());
        if (r.seed() != null) c.put("seed", toInt32(r.seed()));
        if (r.presencePenalty() != null) c.put("presencePenalty", r.presencePenalty());
        if (r.frequencyPenalty() != null) c.put("frequencyPenalty", r.frequencyPenalty());
        writeResponseFormat(r.responseFormat(), c);
        writeLogprobs(r, c);
        writeThinking(r, c);
        if (!c.isEmpty()) root.set("generationConfig", c);
    }

    /** Gemini's seed is an int32; a wider seed is folded deterministically rather than rejected. */
    static int toInt32(long seed) {
        return seed == (int) seed ? (int) seed : (int) (seed ^ (seed >>> 32));
    }

    private static void writeResponseFormat(ResponseFormat format, ObjectNode c) {
        if (format == null || format.type() == ResponseFormat.Type.TEXT) return;
        c.put("responseMimeType", "application/json");
        if (format.type() == ResponseFormat.Type.JSON_SCHEMA && format.schema() != null) {
            // responseJsonSchema takes real JSON Schema ($ref, additionalProperties...), unlike tool parameters
            c.set("responseJsonSchema", GeminiJson.MAPPER.valueToTree(format.schema()));
        }
    }

    private static void writeLogprobs(ChatRequest r, ObjectNode c) {
        if (!Boolean.TRUE.equals(r.logprobs())) return;
        c.put("responseLogprobs", true);
        if (r.topLogprobs() != null) c.put("logprobs", r.topLogprobs());
    }

    /** Anthropic-style thinking wins over reasoning_effort; thoughts are returned only when asked for. */
    private static void writeThinking(ChatRequest r, ObjectNode c) {
        if (r.thinking() != null) {
            writeAnthropicThinking(r.thinking(), c);
        } else if (r.reasoningEffort() != null) {
            c.putObject("thinkingConfig").put("thinkingBudget", effortBudget(r.reasoningEffort()));
        }
    }

    private static void writeAnthropicThinking(Map<String, Object> thinking, ObjectNode c) {
        Object type = thinking.get("type");
        if ("disabled".equals(type)) {
            c.putObject("thinkingConfig").put("thinkingBudget", 0);
        } else if ("enabled".equals(type) && thinking.get("budget_tokens") instanceof Number budget) {
            c.putObject("thinkingConfig").put("thinkingBudget", budget.intValue()).put("includeThoughts", true);
        } else if ("enabled".equals(type) || "adaptive".equals(type)) {
            c.putObject("thinkingConfig").put("thinkingBudget", -1).put("includeThoughts", true); // -1: dynamic
        }
    }

    private static int effortBudget(String effort) {
        Integer budget = EFFORT_BUDGETS.get(effort.toLowerCase(Locale.ROOT));
        if (budget == null) {
            throw GantryException.invalid("reasoning_effort", "reasoning_effort '" + effort
                    + "' has no Gemini thinking budget; use none, minimal, low, medium or high");
        }
        return budget;
    }
}
