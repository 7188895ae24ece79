package dev.gantry.provider.gemini;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.provider.gemini.internal.GeminiContents;
import dev.gantry.provider.gemini.internal.GeminiGenerationConfig;
import dev.gantry.provider.gemini.internal.GeminiJson;
import dev.gantry.provider.gemini.internal.GeminiResponses;
import dev.gantry.provider.gemini.internal.GeminiTools;
import java.io.IOException;

/**
 * Translates between the internal chat model and Gemini's generateContent JSON. Only fields Gemini knows
 * are written: it rejects unknown ones, so {@code extra}, {@code user}, {@code metadata} and
 * {@code parallelToolCalls} are not sent. The model goes in the URL, streaming in the method name.
 */
public final class GeminiCodec {
    private GeminiCodec() {
    }

    public static byte[] writeRequest(ChatRequest request) {
        ObjectNode root = GeminiJson.object();
        GeminiContents.write(request.messages(), request.model(), root);
        GeminiTools.write(request.tools(), request.toolChoice(), root);
        GeminiGenerationConfig.write(request, root);
        try {
            return GeminiJson.MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new GantryException(ErrorKind.INTERNAL, "could not serialise the Gemini request", e);
        }
    }

    /** @param model the upstream model asked for, reported as the answering model */
    public static ChatResponse readResponse(byte[] body, String model) {
        return GeminiResponses.read(parse(body), model);
    }

    static JsonNode parse(byte[] body) {
        try {
            return GeminiJson.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new GantryException(ErrorKind.MALFORMED_RESPONSE,
                    "Gemini answered with a body that is not JSON; retry, or check the provider's base-url", e);
        }
    }
}
