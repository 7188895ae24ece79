package dev.gantry.provider.anthropic;

import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.error.GantryException;
import dev.gantry.provider.anthropic.internal.AnswerTool;
import dev.gantry.provider.anthropic.internal.ErrorJson;
import dev.gantry.provider.anthropic.internal.Json;
import dev.gantry.provider.anthropic.internal.RequestReader;
import dev.gantry.provider.anthropic.internal.RequestWriter;
import dev.gantry.provider.anthropic.internal.ResponseReader;
import dev.gantry.provider.anthropic.internal.ResponseWriter;

/**
 * The Anthropic Messages dialect, both ways: inbound requests from Anthropic clients and outbound requests to
 * Anthropic upstreams; Anthropic responses from upstreams and to clients. Stateless and thread-safe.
 *
 * <p>What the translation cannot carry, by direction:
 * <ul>
 * <li>Inbound ({@link #readRequest}): fields the core has no component for ride in {@code extra}
 *     (service_tier, container, mcp_servers, the top-level cache_control of newer API versions, ...),
 *     which is never sent back to Anthropic. Newer API versions' system-role messages become SYSTEM
 *     messages where they stand; their output_config.format (json_schema) becomes the response format
 *     and output_config.effort the reasoning effort. Server tools
 *     (a tool {@code type} other than custom) and document/search_result/server-tool blocks are refused
 *     with INVALID_REQUEST, as their result blocks have no internal form. Dropped: citations on text
 *     blocks, cache_control on tool_use blocks, a tool's {@code type: "custom"} marker, and the order of
 *     text after a tool_use inside one assistant turn (tool calls are written after the text). Streaming
 *     requests set {@code includeUsage}, since Anthropic clients always get usage.</li>
 * <li>Outbound ({@link #writeRequest}): SYSTEM and DEVELOPER messages are hoisted into the top-level
 *     system blocks wherever they stood; consecutive TOOL messages (and the user message right after them)
 *     form one user turn that starts with their tool_result blocks; ToolChoice REQUIRED is {@code any}; parallelToolCalls=false is
 *     {@code disable_parallel_tool_use}; {@code user} fills metadata.user_id (other metadata keys are
 *     dropped: Anthropic rejects them); reasoning_effort becomes a thinking budget (low 1024, medium
 *     2048, high 4096, xhigh/max 8192, at most half of max_tokens; none when that is under 1024). response_format json_schema becomes a tool named after
 *     the schema, forced with tool_choice (or {@code any} when the client has tools of its own, or asked
 *     for in a system note when extended thinking forbids forcing); {@link #readResponse(byte[], String)}
 *     and the stream decoder turn its input back into the answer text. json_object becomes a system note
 *     asking for one JSON object. n &gt; 1 is refused. Dropped without error: seed, logprobs,
 *     top_logprobs, presence_penalty, frequency_penalty, tool {@code strict}, message {@code name},
 *     reasoning without an Anthropic signature, images in system messages, and {@code extra}.</li>
 * <li>Responses: reasoningTokens is read from usage.output_tokens_details.thinking_tokens where the API
 *     reports it (0 otherwise). Redacted thinking, citations and server-tool blocks are not streamed (the
 *     chunk has no slot for them); a stream's stop_sequence is not carried either.</li>
 * </ul>
 */
public final class AnthropicCodec {
    private AnthropicCodec() {
    }

    /**
     * An Anthropic-dialect request body, validated.
     *
     * @throws GantryException INVALID_REQUEST whose param names the path at fault, e.g. messages[1].content[0].type
     */
    public static ChatRequest readRequest(byte[] json) {
        return RequestReader.read(json);
    }

    /**
     * @param defaultMaxTokens used when the request sets none (Anthropic requires max_tokens)
     * @throws GantryException INVALID_REQUEST for n &gt; 1 or tool-call arguments that are not a JSON object
     */
    public static byte[] writeRequest(ChatRequest request, int defaultMaxTokens) {
        return RequestWriter.write(request, defaultMaxTokens);
    }

    /** The json_schema answer tool's name for this request (see class doc), or null. */
    public static String answerToolName(ChatRequest request) {
        return AnswerTool.name(request);
    }

    /** @throws GantryException MALFORMED_RESPONSE when the body is not a Messages response */
    public static ChatResponse readResponse(byte[] json) {
        return ResponseReader.read(json, null);
    }

    /**
     * Like {@link #readResponse(byte[])}; a call of {@code answerToolName} becomes the answer text (any
     * preamble text is dropped so the client gets JSON only) and tool_use as stop reason reads as STOP.
     */
    public static ChatResponse readResponse(byte[] json, String answerToolName) {
        return ResponseReader.read(json, answerToolName);
    }

    /**
     * @param requestedModel the model name the client asked for (shown back to it), or null for the response's
     */
    public static byte[] writeResponse(ChatResponse response, String requestedModel) {
        return ResponseWriter.write(response, requestedModel);
    }

    /** {@code {"type":"error","error":{"type":...,"message":...}}} with Anthropic's error types. */
    public static byte[] writeError(GantryException error) {
        return Json.write(256, gen -> ErrorJson.write(gen, error, AnthropicErrors.errorType(error.kind())));
    }
}
