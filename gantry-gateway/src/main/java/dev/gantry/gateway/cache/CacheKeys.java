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
        ChatRequest shaping = request.toBuilder().stream(false).includeUsage(false).user(null).metadata(null).build();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(tenant.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(CANONICAL.writeValueAsBytes(shaping));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot compute a cache key", e);
        }
    }
}
