package dev.gantry.provider.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChoiceDelta;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.ToolCallDelta;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.ProviderException;
import dev.gantry.core.http.SseEvent;
import dev.gantry.provider.anthropic.internal.Json;
import dev.gantry.provider.anthropic.internal.StopReasons;
import dev.gantry.provider.anthropic.internal.UsageJson;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one Anthropic stream's events into internal chunks, event by event (stateful: one per stream, one
 * thread). Text, thinking (delta.reasoning), signatures (reasoningSignature) and tool calls (ToolCallDelta
 * indexed among the tool calls, not among Anthropic's content blocks) pass through as they come; the final
 * chunk carries the finish reason and the usage of message_start and message_delta combined. Not carried
 * (the core has no slot): redacted_thinking blocks, citations, the stop_sequence that ended the answer.
 */
public final class AnthropicStreamDecoder {
    private enum Kind { TEXT, THINKING, TOOL, ANSWER, IGNORED }

    private static final class Block {
        final Kind kind;
        final int toolIndex;
        boolean sawInput;

        Block(Kind kind, int toolIndex) {
            this.kind = kind;
            this.toolIndex = toolIndex;
        }
    }

    private final String provider;
    private final String answerTool;
    private final Map<Integer, Block> blocks = new HashMap<>();
    private String id;
    private String model;
    private long created;
    private JsonNode startUsage;
    private int toolCalls;
    private boolean finished;

    public AnthropicStreamDecoder(String provider) {
        this(provider, null);
    }

    /** @param answerTool the json_schema answer tool (see {@link AnthropicCodec#answerToolName}); its input streams as text */
    public AnthropicStreamDecoder(String provider, String answerTool) {
        this.provider = provider;
        this.answerTool = answerTool;
    }

    /** True once message_stop arrived: the stream ended normally. */
    public boolean finished() {
        return finished;
    }

    /**
     * @return the chunks this event yields (often none)
     * @throws ProviderException for an error event (mapped by {@link AnthropicErrors}) or data that is not JSON
     */
    public List<ChatChunk> onEvent(SseEvent event) {
        JsonNode data = parse(event);
        String type = data.path("type").asText(event.event() == null ? "" : event.event());
        return switch (type) {
            case "message_start" -> messageStart(data.path("message"));
            case "content_block_start" -> blockStart(data.path("index").asInt(), data.path("content_block"));
            case "content_block_delta" -> blockDelta(blocks.get(data.path("index").asInt()), data.path("delta"));
            case "content_block_stop" -> blockStop(blocks.get(data.path("index").asInt()));
            case "message_delta" -> messageDelta(data);
            case "message_stop" -> {
                finished = true;
                yield List.of();
            }
            case "error" -> throw AnthropicErrors.fromStreamError(provider, event.data());
            default -> List.of(); // ping, and event types Anthropic may add later
        };
    }

    private JsonNode parse(SseEvent event) {
        try {
            JsonNode data = Json.MAPPER.readTree(event.data());
            if (data != null && data.isObject()) return data;
        } catch (IOException e) {
            throw malformed(e);
        }
        throw malformed(null);
    }

    private ProviderException malformed(Throwable cause) {
        return new ProviderException(ErrorKind.MALFORMED_RESPONSE, provider, 200,
                "provider '" + provider + "' sent a stream event that is not a JSON object", null, cause);
    }

    private List<ChatChunk> messageStart(JsonNode message) {
        id = Json.text(message, "id");
        model = Json.text(message, "model");
        created = Instant.now().getEpochSecond();
        startUsage = message.get("usage");
        return chunk(new ChoiceDelta(0, Role.ASSISTANT, null, null, null, null, null, null), null);
    }

    private List<ChatChunk> blockStart(int index, JsonNode block) {
        String type = block.path("type").asText();
        switch (type) {
            case "text" -> {
                blocks.put(index, new Block(Kind.TEXT, -1));
                return content(block.path("text").asText(""));
            }
            case "thinking" -> {
                blocks.put(index, new Block(Kind.THINKING, -1));
                return reasoning(block.path("thinking").asText(""));
            }
            case "tool_use" -> {
                return toolStart(index, block);
            }
            default -> {
                blocks.put(index, new Block(Kind.IGNORED, -1));
                return List.of();
            }
        }
    }

    private List<ChatChunk> toolStart(int index, JsonNode block) {
        String name = Json.text(block, "name");
        if (answerTool != null && answerTool.equals(name)) {
            blocks.put(index, new Block(Kind.ANSWER, -1));
            return List.of();
        }
        Block tool = new Block(Kind.TOOL, toolCalls++);
        blocks.put(index, tool);
        return toolDelta(new ToolCallDelta(tool.toolIndex, Json.text(block, "id"), name, ""));
    }

    private List<ChatChunk> blockDelta(Block block, JsonNode delta) {
        if (block == null) return List.of();
        return switch (delta.path("type").asText()) {
            case "text_delta" -> content(delta.path("text").asText(""));
            case "thinking_delta" -> reasoning(delta.path("thinking").asText(""));
            case "signature_delta" -> chunk(new ChoiceDelta(0, null, null, null,
                    delta.path("signature").asText(), null, null, null), null);
            case "input_json_delta" -> inputJson(block, delta.path("partial_json").asText(""));
            default -> List.of(); // citations_delta has no internal form
        };
    }

    private List<ChatChunk> inputJson(Block block, String fragment) {
        if (fragment.isEmpty()) return List.of();
        block.sawInput = true;
        if (block.kind == Kind.ANSWER) return content(fragment);
        if (block.kind != Kind.TOOL) return List.of();
        return toolDelta(new ToolCallDelta(block.toolIndex, null, null, fragment));
    }

    /** A tool called without arguments streams no input at all; clients still need a JSON object. */
    private List<ChatChunk> blockStop(Block block) {
        if (block == null || block.sawInput) return List.of();
        if (block.kind == Kind.TOOL) return toolDelta(new ToolCallDelta(block.toolIndex, null, null, "{}"));
        if (block.kind == Kind.ANSWER) return content("{}");
        return List.of();
    }

    private List<ChatChunk> messageDelta(JsonNode data) {
        FinishReason finish = StopReasons.toFinish(Json.text(data.path("delta"), "stop_reason"));
        boolean answered = blocks.values().stream().anyMatch(b -> b.kind == Kind.ANSWER);
        if (finish == FinishReason.TOOL_CALLS && answered && toolCalls == 0) finish = FinishReason.STOP;
        return chunk(new ChoiceDelta(0, null, null, null, null, null, finish, null), usage(data.get("usage")));
    }

    /** message_delta's usage is cumulative and may restate input counts; message_start fills what it lacks. */
    private Usage usage(JsonNode delta) {
        return UsageJson.read(merged(startUsage, delta));
    }

    private static JsonNode merged(JsonNode start, JsonNode delta) {
        if (start == null || !start.isObject()) return delta;
        if (delta == null || !delta.isObject()) return start;
        ObjectNode merged = ((ObjectNode) start).deepCopy();
        delta.properties().forEach(e -> {
            if (!e.getValue().isNull()) merged.set(e.getKey(), e.getValue());
        });
        return merged;
    }

    private List<ChatChunk> content(String text) {
        if (text.isEmpty()) return List.of();
        return chunk(ChoiceDelta.text(0, text), null);
    }

    private List<ChatChunk> reasoning(String text) {
        if (text.isEmpty()) return List.of();
        return chunk(new ChoiceDelta(0, null, null, text, null, null, null, null), null);
    }

    private List<ChatChunk> toolDelta(ToolCallDelta call) {
        return chunk(new ChoiceDelta(0, null, null, null, null, List.of(call), null, null), null);
    }

    private List<ChatChunk> chunk(ChoiceDelta delta, Usage usage) {
        return List.of(new ChatChunk(id, model, created, List.of(delta), usage, null));
    }
}
