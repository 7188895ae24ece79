package dev.gantry.provider.openai.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes a field only when it has a value, so absent request fields stay absent upstream. */
final class Gen {
    private Gen() {
    }

    static void str(JsonGenerator g, String field, String v) throws IOException {
        if (v != null) g.writeStringField(field, v);
    }

    static void num(JsonGenerator g, String field, Integer v) throws IOException {
        if (v != null) g.writeNumberField(field, v.intValue());
    }

    static void num(JsonGenerator g, String field, Long v) throws IOException {
        if (v != null) g.writeNumberField(field, v.longValue());
    }

    static void num(JsonGenerator g, String field, Double v) throws IOException {
        if (v != null) g.writeNumberField(field, v.doubleValue());
    }

    static void bool(JsonGenerator g, String field, Boolean v) throws IOException {
        if (v != null) g.writeBooleanField(field, v);
    }

    /** Plain maps/lists/values (schemas, metadata, extra fields) through the mapper's serializers. */
    static void obj(JsonGenerator g, String field, Object v) throws IOException {
        if (v != null) g.writeObjectField(field, v);
    }
}
