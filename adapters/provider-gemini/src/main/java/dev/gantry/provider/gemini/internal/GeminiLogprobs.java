package dev.gantry.provider.gemini.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts a candidate's {@code logprobsResult} into OpenAI's logprobs object ({@code {"content":[{token,
 * logprob, bytes, top_logprobs}]}}), since Choice.logprobs is passed to OpenAI-dialect clients unchanged.
 */
public final class GeminiLogprobs {
    private GeminiLogprobs() {
    }

    /** @return null when the candidate carries no logprobs */
    public static Map<String, Object> toOpenAi(JsonNode logprobsResult) {
        if (logprobsResult == null || !logprobsResult.has("chosenCandidates")) return null;
        JsonNode chosen = logprobsResult.get("chosenCandidates");
        JsonNode top = logprobsResult.path("topCandidates");
        List<Map<String, Object>> content = new ArrayList<>(chosen.size());
        for (int i = 0; i < chosen.size(); i++) {
            Map<String, Object> entry = token(chosen.get(i));
            List<Map<String, Object>> alternatives = new ArrayList<>();
            for (JsonNode alt : top.path(i).path("candidates")) alternatives.add(token(alt));
            entry.put("top_logprobs", alternatives);
            content.add(entry);
        }
        Map<String, Object> logprobs = new LinkedHashMap<>();
        logprobs.put("content", content);
        return logprobs;
    }

    private static Map<String, Object> token(JsonNode candidate) {
        String token = candidate.path("token").asText("");
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("token", token);
        t.put("logprob", candidate.path("logProbability").asDouble());
        byte[] utf8 = token.getBytes(StandardCharsets.UTF_8);
        List<Integer> bytes = new ArrayList<>(utf8.length);
        for (byte b : utf8) bytes.add(b & 0xff);
        t.put("bytes", bytes);
        return t;
    }
}
