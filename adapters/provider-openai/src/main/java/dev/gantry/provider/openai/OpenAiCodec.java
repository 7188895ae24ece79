package dev.gantry.provider.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.embed.EmbeddingRequest;
import dev.gantry.core.embed.EmbeddingResponse;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.provider.openai.internal.ChatRequestReader;
import dev.gantry.provider.openai.internal.ChatRequestWriter;
import dev.gantry.provider.openai.internal.ChatResponseCodec;
import dev.gantry.provider.openai.internal.ChunkCodec;
import dev.gantry.provider.openai.internal.EmbeddingCodec;
import dev.gantry.provider.openai.internal.ErrorCodec;
import dev.gantry.provider.openai.internal.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The OpenAI wire format, both directions: the gateway's HTTP server reads client requests and writes
 * answers with it, the adapters write upstream requests and read answers with it.
 *
 * <p>Readers of client input ({@code readChatRequest}, {@code readEmbeddingRequest}) validate fully and
 * throw INVALID_REQUEST errors naming the parameter ({@code messages[2].role}). Readers of upstream output
 * are lenient and throw MALFORMED_RESPONSE only for bodies that are not JSON. All methods are thread-safe.
 *
 * <p>Round trips: {@code writeChatRequest(readChatRequest(json))} is semantically equal to {@code json}
 * (unknown top-level fields ride in {@link ChatRequest#extra()}; max_tokens vs max_completion_tokens is
 * kept). Normalised on the way: single-text-part content becomes a string, {@code stop} always an array,
 * {@code stream:false} and JSON nulls are dropped.
 */
public final class OpenAiCodec {
    /** The stream terminator frame {@code data: [DONE]\n\n}. Shared: never modify it. */
    public static final byte[] DONE = "data: [DONE]\n\n".getBytes(StandardCharsets.US_ASCII);

    private OpenAiCodec() {
    }

    /** A client's POST /v1/chat/completions body, validated. */
    public static ChatRequest readChatRequest(byte[] json) {
        return ChatRequestReader.read(json);
    }

    /** An upstream request body; {@code request.stream()} decides {@code stream} and stream_options. */
    public static byte[] writeChatRequest(ChatRequest request) {
        return ChatRequestWriter.write(request);
    }

    public static ChatResponse readChatResponse(byte[] json) {
        return ChatResponseCodec.read(upstreamJson(json));
    }

    public static byte[] writeChatResponse(ChatResponse response) {
        return ChatResponseCodec.write(response);
    }

    /** One SSE event's data (without the {@code data: } prefix; not {@code [DONE]}). */
    public static ChatChunk readChunk(String sseData) {
        try {
            return ChunkCodec.read(Json.parseUpstream(sseData));
        } catch (IOException e) {
            throw new GantryException(ErrorKind.MALFORMED_RESPONSE, "stream event is not valid JSON", e);
        }
    }

    /** The complete SSE frame {@code data: {...}\n\n}. */
    public static byte[] writeChunk(ChatChunk chunk) {
        return ChunkCodec.writeEvent(chunk);
    }

    /** A client's POST /v1/embeddings body, validated (token-array input is refused). */
    public static EmbeddingRequest readEmbeddingRequest(byte[] json) {
        return EmbeddingCodec.readRequest(json);
    }

    public static byte[] writeEmbeddingRequest(EmbeddingRequest request) {
        return EmbeddingCodec.writeRequest(request);
    }

    /** Reads float-array or base64 vectors, placed by their index. */
    public static EmbeddingResponse readEmbeddingResponse(byte[] json) {
        try {
            return EmbeddingCodec.readResponse(upstreamJson(json));
        } catch (IllegalArgumentException e) {
            throw new GantryException(ErrorKind.MALFORMED_RESPONSE, "embedding response has an unreadable vector", e);
        }
    }

    /** @param encodingFormat the client's encoding_format: "base64", or "float"/null for number arrays */
    public static byte[] writeEmbeddingResponse(EmbeddingResponse response, String encodingFormat) {
        return EmbeddingCodec.writeResponse(response, encodingFormat);
    }

    /** {"error":{"message","type","param","code"}} from the exception's kind, message and param. */
    public static byte[] writeError(GantryException error) {
        return ErrorCodec.write(error);
    }

    /** The same error as an SSE frame, to end a stream that fails after its first byte. */
    public static byte[] writeErrorEvent(GantryException error) {
        return ErrorCodec.writeEvent(error);
    }

    private static JsonNode upstreamJson(byte[] json) {
        try {
            JsonNode root = Json.parseUpstream(json);
            if (root != null && root.isObject()) return root;
        } catch (IOException e) {
            throw new GantryException(ErrorKind.MALFORMED_RESPONSE, "response body is not valid JSON", e);
        }
        throw new GantryException(ErrorKind.MALFORMED_RESPONSE, "response body is not a JSON object");
    }
}
