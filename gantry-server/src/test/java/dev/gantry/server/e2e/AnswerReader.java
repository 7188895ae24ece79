package dev.gantry.server.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.http.SseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads an {@link Answer} out of raw response bodies: OpenAI or Anthropic, plain or streamed. */
final class AnswerReader {
    private AnswerReader() {
    }

    static Answer openAi(String body) {
        JsonNode root = SseEvents.json(body);
        JsonNode choice = root.at("/choices/0");
        List<Answer.Call> calls = new ArrayList<>();
        for (JsonNode c : choice.at("/message/tool_calls")) {
            calls.add(new Answer.Call(c.path("id").asText(), c.at("/function/name").asText(),
                    SseEvents.json(c.at("/function/arguments").asText())));
        }
        return new Answer(choice.at("/message/content").asText(""), calls, choice.path("finish_reason").asText(),
                root.at("/usage/prompt_tokens").asLong(-1), root.at("/usage/completion_tokens").asLong(-1));
    }

    /** Assembles text and tool-call fragments by index, as the OpenAI SDKs do. */
    static Answer openAiStream(String body) {
        StringBuilder text = new StringBuilder();
        Map<Integer, String[]> calls = new TreeMap<>();
        String finish = null;
        JsonNode usage = null;
        for (JsonNode chunk : SseEvents.data(body)) {
            if (chunk.hasNonNull("usage")) usage = chunk.get("usage");
            for (JsonNode choice : chunk.path("choices")) {
                JsonNode delta = choice.path("delta");
                if (delta.hasNonNull("content")) text.append(delta.get("content").asText());
                for (JsonNode t : delta.path("tool_calls")) openAiFragment(calls, t);
                if (choice.hasNonNull("finish_reason")) finish = choice.get("finish_reason").asText();
            }
        }
        return new Answer(text.toString(), toCalls(calls), finish, usage == null ? -1 : usage.path("prompt_tokens").asLong(-1),
                usage == null ? -1 : usage.path("completion_tokens").asLong(-1));
    }

    private static void openAiFragment(Map<Integer, String[]> calls, JsonNode t) {
        String[] call = calls.computeIfAbsent(t.path("index").asInt(), i -> new String[] {null, null, ""});
        if (t.hasNonNull("id")) call[0] = t.get("id").asText();
        if (t.at("/function/name").isTextual()) call[1] = t.at("/function/name").asText();
        if (t.at("/function/arguments").isTextual()) call[2] += t.at("/function/arguments").asText();
    }

    static Answer anthropic(String body) {
        JsonNode root = SseEvents.json(body);
        StringBuilder text = new StringBuilder();
        List<Answer.Call> calls = new ArrayList<>();
        for (JsonNode block : root.path("content")) {
            switch (block.path("type").asText()) {
                case "text" -> text.append(block.path("text").asText());
                case "tool_use" -> calls.add(new Answer.Call(block.path("id").asText(), block.path("name").asText(),
                        block.path("input")));
                default -> { }
            }
        }
        return new Answer(text.toString(), calls, root.path("stop_reason").asText(), anthropicInput(root.path("usage")),
                root.at("/usage/output_tokens").asLong(-1));
    }

    /** Replays the event stream block by block; usage from message_delta wins over message_start's. */
    static Answer anthropicStream(String body) {
        StringBuilder text = new StringBuilder();
        Map<Integer, String[]> calls = new TreeMap<>();
        String stop = null;
        long input = -1;
        long output = -1;
        for (SseEvent e : SseEvents.parse(body)) {
            JsonNode data = SseEvents.json(e.data());
            switch (data.path("type").asText()) {
                case "message_start" -> input = anthropicInput(data.at("/message/usage"));
                case "content_block_start" -> {
                    JsonNode block = data.path("content_block");
                    if ("tool_use".equals(block.path("type").asText())) {
                        calls.put(data.path("index").asInt(), new String[] {block.path("id").asText(), block.path("name").asText(), ""});
                    }
                }
                case "content_block_delta" -> anthropicDelta(data, text, calls);
                case "message_delta" -> {
                    stop = data.at("/delta/stop_reason").asText(null);
                    JsonNode usage = data.path("usage");
                    if (usage.has("input_tokens") && anthropicInput(usage) > 0) input = anthropicInput(usage);
                    output = usage.path("output_tokens").asLong(-1);
                }
                default -> { }
            }
        }
        return new Answer(text.toString(), toCalls(calls), stop, input, output);
    }

    private static void anthropicDelta(JsonNode data, StringBuilder text, Map<Integer, String[]> calls) {
        JsonNode delta = data.path("delta");
        switch (delta.path("type").asText()) {
            case "text_delta" -> text.append(delta.path("text").asText());
            case "input_json_delta" -> calls.get(data.path("index").asInt())[2] += delta.path("partial_json").asText();
            default -> { }
        }
    }

    private static long anthropicInput(JsonNode usage) {
        if (!usage.has("input_tokens")) return -1;
        return usage.path("input_tokens").asLong() + usage.path("cache_read_input_tokens").asLong(0)
                + usage.path("cache_creation_input_tokens").asLong(0);
    }

    private static List<Answer.Call> toCalls(Map<Integer, String[]> calls) {
        List<Answer.Call> out = new ArrayList<>();
        for (String[] c : calls.values()) {
            out.add(new Answer.Call(c[0], c[1], SseEvents.json(c[2].isEmpty() ? "{}" : c[2])));
        }
        return out;
    }
}
