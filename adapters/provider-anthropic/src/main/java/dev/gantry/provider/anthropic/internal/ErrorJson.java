package dev.gantry.provider.anthropic.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.gantry.core.error.GantryException;
import java.io.IOException;

/** Anthropic's error object, the same in a response body and in a stream's error event. */
public final class ErrorJson {
    private ErrorJson() {
    }

    /** {@code {"type":"error","error":{"type":...,"message":...}}}; the message is the client-safe one. */
    public static void write(JsonGenerator gen, GantryException error, String errorType) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("type", "error");
        gen.writeObjectFieldStart("error");
        gen.writeStringField("type", errorType);
        gen.writeStringField("message", error.getMessage());
        gen.writeEndObject();
        gen.writeEndObject();
    }
}
