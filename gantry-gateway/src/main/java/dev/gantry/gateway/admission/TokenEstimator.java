package dev.gantry.gateway.admission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.chat.ToolSpec;

/**
 * Counts prompt tokens before the call, for token rate limits and worst-case budget reservations. Uses
 * o200k_base (JTokkit) for every provider: exact for current OpenAI models, an estimate for others, which
 * is why the real count from the provider's usage settles every reservation afterwards.
 */
public final class TokenEstimator {
    /** OpenAI's per-message framing overhead. */
    private static final int PER_MESSAGE = 4;
    /** A high-detail image's upper bound on OpenAI; other providers are in the same range. */
    private static final int PER_IMAGE = 1_105;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Encoding encoding = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);

    public long promptTokens(ChatRequest request) {
        long n = 3;
        for (ChatMessage m : request.messages()) {
            n += PER_MESSAGE;
            for (ContentPart p : m.content()) n += partTokens(p);
            for (ToolCall c : m.toolCalls()) n += count(c.name()) + count(c.arguments());
        }
        for (ToolSpec t : request.tools()) n += count(t.name()) + count(t.description()) + count(toJson(t.parameters()));
        return n;
    }

    public long count(String text) {
        return text == null || text.isEmpty() ? 0 : encoding.countTokensOrdinary(text);
    }

    private long partTokens(ContentPart p) {
        return switch (p) {
            case ContentPart.Text t -> count(t.text());
            case ContentPart.Image i -> PER_IMAGE;
            case ContentPart.Thinking th -> count(th.text());
        };
    }

    private static String toJson(Object schema) {
        if (schema == null) return null;
        try {
            return JSON.writeValueAsString(schema);
        } catch (JsonProcessingException e) {
            return schema.toString();
        }
    }
}
