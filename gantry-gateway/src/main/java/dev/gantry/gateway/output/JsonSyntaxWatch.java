package dev.gantry.gateway.output;

import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.async.ByteArrayFeeder;
import tools.jackson.core.json.JsonFactory;

/**
 * Follows one streamed answer through Jackson's non-blocking parser, so a syntax error is seen at the delta that
 * makes it (and the stream can stop there, saving the rest of its tokens) instead of after the last token.
 * Only syntax: completeness and the schema are checked on the whole text at the end. Not thread-safe.
 */
final class JsonSyntaxWatch {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private final JsonParser parser = FACTORY.createNonBlockingByteArrayParser(ObjectReadContext.empty());
    private final ByteArrayFeeder feeder = (ByteArrayFeeder) parser.nonBlockingInputFeeder();
    private int depth;
    private boolean rootDone;
    private String problem;
    private String pendingHighSurrogate = "";

    /** @return the first syntax problem so far ("path: message"), or null while the text can still be JSON */
    String feed(String delta) {
        if (problem != null || delta.isEmpty()) return problem;
        String text = pendingHighSurrogate + delta;
        pendingHighSurrogate = "";
        if (Character.isHighSurrogate(text.charAt(text.length() - 1))) { // its pair comes with the next delta
            pendingHighSurrogate = text.substring(text.length() - 1);
            text = text.substring(0, text.length() - 1);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            feeder.feedInput(bytes, 0, bytes.length);
            drain();
        } catch (JacksonException e) {
            problem = "(root): the answer is not valid JSON (" + e.getOriginalMessage() + ")";
        }
        return problem;
    }

    private void drain() {
        JsonToken t;
        while ((t = parser.nextToken()) != null && t != JsonToken.NOT_AVAILABLE) {
            if (rootDone) {
                problem = "(root): the answer goes on after its JSON value";
                return;
            }
            if (t.isStructStart()) depth++;
            else if (t.isStructEnd()) depth--;
            if (depth == 0) rootDone = true;
        }
    }
}
