package dev.gantry.gateway.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.gantry.core.chat.ChatRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The exact cache's key: SHA-256 of the tenant and the canonical request (every field that shapes the answer, in
 * a fixed order, map keys sorted). Whether the client streams, asks for usage, or tags the request does not change
 * the answer, so those are left out: a streamed request can be served what a plain one stored, and back.
 */
public final class CacheKeys {
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true).build();

    private CacheKeys() {
    }

    /** @param tenant who may share answers: the key's name, or "-" without keys */
    public static String of(String tenant, ChatRequest request) {
        return digest("exact", tenant, shaping(request));
    }

    /**
     * The semantic cache's scope: as {@link #of}, without the latest message (the user turn compared by meaning), so
     * two requests share a scope only when the system prompt, every earlier turn, tools and parameters are identical.
     */
    public static String context(String tenant, ChatRequest request) {
        var messages = request.messages();
        var earlier = messages.isEmpty() ? messages : messages.subList(0, messages.size() - 1);
        return digest("semantic", tenant, shaping(request).toBuilder().messages(earlier).build());
    }

    private static ChatRequest shaping(ChatRequest request) {
        return request.toBuilder().stream(false).includeUsage(false).user(null).metadata(null).build();
    }

    /** @param space keeps exact keys and semantic scopes apart, should one store ever hold both */
    private static String digest(String space, String tenant, ChatRequest shaping) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (!space.equals("exact")) sha.update((space + "\0").getBytes(StandardCharsets.UTF_8));
            sha.update(tenant.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(CANONICAL.writeValueAsBytes(shaping));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot compute a cache key", e);
        }
    }
}
