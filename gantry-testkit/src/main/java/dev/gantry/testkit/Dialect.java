package dev.gantry.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** One provider's wire format, as the fake reads requests and writes answers and errors. */
interface Dialect {

    /** Reads a chat (or embeddings) request body; {@code body} may be a MissingNode. */
    WireRequest read(Route route, JsonNode body);

    /** The id prefix of this dialect's responses (chatcmpl-, msg_). */
    String idPrefix();

    JsonNode completion(Reply reply);

    void stream(WireRequest request, Reply reply, SseSink sink) throws IOException;

    /** Lines of this dialect's SSE end with CRLF. */
    default boolean crlf() {
        return false;
    }

    /** The error body for a status; {@code message} null picks a default. */
    JsonNode error(int status, String message, int retryAfterSeconds);

    JsonNode contextLengthExceeded(WireRequest request);

    /** @return the embeddings answer, or null when the dialect has no embeddings endpoint */
    JsonNode embeddings(Route route, JsonNode body);

    JsonNode models();
}
