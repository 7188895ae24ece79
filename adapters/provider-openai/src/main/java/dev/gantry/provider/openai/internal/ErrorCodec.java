package dev.gantry.provider.openai.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.error.GantryException;
import java.io.IOException;

/** OpenAI-shaped error bodies: written for our clients, read from upstreams of every flavour. */
public final class ErrorCodec {
    private ErrorCodec() {
    }

    /** {"error":{"message","type","param","code"}} */
    public static byte[] write(GantryException e) {
        return Json.write(g -> write(g, e));
    }

    public static byte[] writeEvent(GantryException e) {
        return ChunkCodec.frame(g -> write(g, e));
    }

    private static void write(JsonGenerator g, GantryException e) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("error");
        g.writeStringField("message", e.getMessage());
        g.writeStringField("type", e.kind().openAiType());
        g.writeStringField("param", e.param());
        g.writeStringField("code", e.kind().code());
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * What an upstream said went wrong. Shapes seen: OpenAI/Azure/Ollama {"error":{"message",...}},
     * vLLM's older top-level {"object":"error","message",...,"code":400}, and {"error":"text"}.
     */
    public record UpstreamError(String message, String type, String code) {

        public static UpstreamError of(JsonNode root) {
            if (root == null || !root.isObject()) return new UpstreamError(null, null, null);
            JsonNode err = root.get("error");
            if (err != null && err.isTextual()) return new UpstreamError(err.textValue(), null, null);
            JsonNode e = err != null && err.isObject() ? err : root;
            return new UpstreamError(ChatResponseCodec.text(e, "message"), ChatResponseCodec.text(e, "type"),
                    ChatResponseCodec.text(e, "code"));
        }
    }
}
