package dev.gantry.provider.openai.internal;

import static dev.gantry.provider.openai.internal.Params.invalid;
import static dev.gantry.provider.openai.internal.Params.optBoolean;
import static dev.gantry.provider.openai.internal.Params.optDouble;
import static dev.gantry.provider.openai.internal.Params.optInt;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ToolSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An inbound OpenAI chat-completions body to a validated ChatRequest. */
public final class ChatRequestReader {
    private static final String TOP = "";

    private ChatRequestReader() {
    }

    public static ChatRequest read(byte[] json) {
        JsonNode root = Json.parseRequest(json, "request body");
        List<ToolSpec> tools = ToolReader.tools(root);
        JsonNode streamOptions = Params.optObject(root, ChatFields.STREAM_OPTIONS, TOP);
        return ChatRequest.builder()
                .model(Params.requiredString(root, "model", TOP, "name the model to call, e.g. \"gpt-4o-mini\""))
                .messages(MessageReader.messages(root))
                .tools(tools)
                .toolChoice(ToolReader.toolChoice(root, tools))
                .parallelToolCalls(optBoolean(root, "parallel_tool_calls", TOP))
                .responseFormat(ToolReader.responseFormat(root))
                .n(optInt(root, "n", TOP, 1, 128))
                .stop(stop(root))
                .seed(Params.optLong(root, "seed", TOP))
                .temperature(optDouble(root, "temperature", TOP, 0, 2))
                .topP(optDouble(root, "top_p", TOP, 0, 1))
                .topK(optInt(root, "top_k", TOP, -1, Integer.MAX_VALUE))
                .maxTokens(maxTokens(root))
                .presencePenalty(optDouble(root, "presence_penalty", TOP, -2, 2))
                .frequencyPenalty(optDouble(root, "frequency_penalty", TOP, -2, 2))
                .logprobs(optBoolean(root, "logprobs", TOP))
                .topLogprobs(optInt(root, "top_logprobs", TOP, 0, 20))
                .user(Params.optString(root, "user", TOP))
                .stream(Boolean.TRUE.equals(optBoolean(root, "stream", TOP)))
                .includeUsage(streamOptions != null
                        && Boolean.TRUE.equals(optBoolean(streamOptions, "include_usage", ChatFields.STREAM_OPTIONS)))
                .reasoningEffort(Params.optString(root, "reasoning_effort", TOP))
                .metadata(Params.optPlainObject(root, "metadata", TOP))
                .extra(extra(root, streamOptions))
                .build();
    }

    private static List<String> stop(JsonNode root) {
        JsonNode n = Params.value(root, "stop");
        if (n == null) return List.of();
        if (n.isTextual()) return List.of(n.textValue());
        if (!n.isArray()) throw invalid("stop", "must be a string or an array of strings, got " + Params.describe(n));
        List<String> stops = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            JsonNode s = n.get(i);
            if (!s.isTextual()) throw invalid("stop[" + i + "]", "must be a string, got " + Params.describe(s));
            stops.add(s.textValue());
        }
        return stops;
    }

    private static Integer maxTokens(JsonNode root) {
        Integer legacy = optInt(root, "max_tokens", TOP, 1, Integer.MAX_VALUE);
        Integer current = optInt(root, ChatFields.MAX_COMPLETION_TOKENS, TOP, 1, Integer.MAX_VALUE);
        if (legacy != null && current != null) {
            throw invalid("max_tokens", "and max_completion_tokens were both set; send only one of them");
        }
        return current != null ? current : legacy;
    }

    private static Map<String, Object> extra(JsonNode root, JsonNode streamOptions) {
        Map<String, Object> extra = null;
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (ChatFields.TYPED.contains(e.getKey())) continue;
            if (extra == null) extra = new LinkedHashMap<>();
            extra.put(e.getKey(), Json.plain(e.getValue()));
        }
        JsonNode mct = Params.value(root, ChatFields.MAX_COMPLETION_TOKENS);
        if (mct != null) extra = put(extra, ChatFields.MAX_COMPLETION_TOKENS, mct.intValue());
        if (streamOptions != null && hasKeysBesidesIncludeUsage(streamOptions)) {
            extra = put(extra, ChatFields.STREAM_OPTIONS, Json.plainMap(streamOptions));
        }
        return extra;
    }

    private static Map<String, Object> put(Map<String, Object> map, String key, Object value) {
        Map<String, Object> m = map == null ? new LinkedHashMap<>() : map;
        m.put(key, value);
        return m;
    }

    private static boolean hasKeysBesidesIncludeUsage(JsonNode streamOptions) {
        return streamOptions.size() > (streamOptions.has("include_usage") ? 1 : 0);
    }
}
