package dev.gantry.gateway;

import dev.gantry.core.chat.ChatStream;
import java.math.BigDecimal;

/**
 * A chat stream the gateway hands the server: an upstream's (after failover to its first token) or a cached answer
 * replayed. {@link #next()} yields the client's chunks and null at the normal end, and throws when the stream
 * failed: the server then ends the stream with an explicit error event. {@link #close()} (client gone) stops it.
 */
public interface GatewayStream extends ChatStream {
    String provider();

    String upstreamModel();

    int attempts();

    String route();

    /** The cost, known once the stream has ended. */
    BigDecimal cost();

    /** The response cache's part: hit, semantic_hit, miss, or null when the alias is not cached. */
    String cache();

    /** A semantic hit's similarity to the request it was made for; null otherwise. */
    default Double cacheSimilarity() {
        return null;
    }

    /** Smart model selection's verdict ("cheap; p_easy=0.930"), or null when the alias has none. */
    default String selected() {
        return null;
    }
}
