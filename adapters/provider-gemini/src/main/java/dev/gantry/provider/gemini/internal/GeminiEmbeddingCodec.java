package dev.gantry.provider.gemini.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * batchEmbedContents JSON, streamed both ways: vectors are large, so no tree is built for them.
 * Request: {@code {"requests":[{"model":"models/m","content":{"parts":[{"text":".."}]},"outputDimensionality":N}]}};
 * response: {@code {"embeddings":[{"values":[..]}]}}.
 */
public final class GeminiEmbeddingCodec {
    private GeminiEmbeddingCodec() {
    }

    public static byte[] writeBatch(String model, List<String> texts, Integer dimensions) {
        String qualified = model.startsWith("models/") ? model : "models/" + model;
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + texts.size() * 96);
        try (JsonGenerator g = GeminiJson.MAPPER.createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("requests");
            for (String text : texts) {
                g.writeStartObject();
                g.writeStringField("model", qualified);
                g.writeObjectFieldStart("content");
                g.writeArrayFieldStart("parts");
                g.writeStartObject();
                g.writeStringField("text", text);
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
                if (dimensions != null) g.writeNumberField("outputDimensionality", dimensions);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        return out.toByteArray();
    }

    public static List<float[]> readVectors(byte[] body) {
        try (JsonParser p = GeminiJson.MAPPER.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw malformed(null);
            List<float[]> vectors = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("embeddings") && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) vectors.add(readEmbedding(p));
                } else {
                    p.skipChildren();
                }
            }
            return vectors;
        } catch (IOException e) {
            throw malformed(e);
        }
    }

    private static float[] readEmbedding(JsonParser p) throws IOException {
        float[] values = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("values") && value == JsonToken.START_ARRAY) values = readFloats(p);
            else p.skipChildren();
        }
        if (values == null) throw malformed(null);
        return values;
    }

    private static float[] readFloats(JsonParser p) throws IOException {
        float[] buf = new float[1024];
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (n == buf.length) buf = Arrays.copyOf(buf, n * 2);
            buf[n++] = p.getFloatValue();
        }
        return Arrays.copyOf(buf, n);
    }

    private static GantryException malformed(Throwable cause) {
        return new GantryException(ErrorKind.MALFORMED_RESPONSE,
                "Gemini answered batchEmbedContents with a body that is not {\"embeddings\":[{\"values\":[..]}]}; retry, or check the provider's base-url",
                cause);
    }
}
