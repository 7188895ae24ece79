package dev.gantry.provider.openai.internal;

import static dev.gantry.provider.openai.internal.Params.describe;
import static dev.gantry.provider.openai.internal.Params.invalid;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.embed.EmbeddingRequest;
import dev.gantry.core.embed.EmbeddingResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * /v1/embeddings bodies both ways. base64 vectors are little-endian float32, as OpenAI sends them.
 */
public final class EmbeddingCodec {
    private static final Set<String> TYPED = Set.of("model", "input", "dimensions", "encoding_format", "user");

    private EmbeddingCodec() {
    }

    public static EmbeddingRequest readRequest(byte[] json) {
        JsonNode root = Json.parseRequest(json, "request body");
        String format = Params.optString(root, "encoding_format", "");
        if (format != null && !format.equals("float") && !format.equals("base64")) {
            throw invalid("encoding_format", describe(root.get("encoding_format")) + " is not one of float, base64");
        }
        return new EmbeddingRequest(
                Params.requiredString(root, "model", "", "name the embedding model, e.g. \"text-embedding-3-small\""),
                inputs(root),
                Params.optInt(root, "dimensions", "", 1, Integer.MAX_VALUE),
                format,
                Params.optString(root, "user", ""),
                extra(root));
    }

    private static List<String> inputs(JsonNode root) {
        JsonNode in = Params.value(root, "input");
        if (in == null) throw invalid("input", "is required: a string or an array of strings to embed");
        if (in.isTextual()) return List.of(nonEmpty(in, "input"));
        if (!in.isArray() || in.isEmpty()) {
            throw invalid("input", "must be a string or a non-empty array of strings, got " + describe(in));
        }
        List<String> texts = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            JsonNode e = in.get(i);
            if (e.isNumber() || e.isArray()) {
                throw invalid("input[" + i + "]", "is a token array; this gateway embeds text only: send the text as a string");
            }
            if (!e.isTextual()) throw invalid("input[" + i + "]", "must be a string, got " + describe(e));
            texts.add(nonEmpty(e, "input[" + i + "]"));
        }
        return texts;
    }

    private static String nonEmpty(JsonNode s, String param) {
        if (s.textValue().isEmpty()) throw invalid(param, "must not be an empty string; remove it or send some text");
        return s.textValue();
    }

    /** Unknown fields, nulls dropped (EmbeddingRequest's extra cannot hold them). */
    private static Map<String, Object> extra(JsonNode root) {
        Map<String, Object> extra = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            Object v = Json.plain(e.getValue());
            if (!TYPED.contains(e.getKey()) && v != null) extra.put(e.getKey(), v);
        }
        return extra;
    }

    public static byte[] writeRequest(EmbeddingRequest r) {
        return Json.write(g -> {
            g.writeStartObject();
            Gen.str(g, "model", r.model());
            g.writeArrayFieldStart("input");
            for (String s : r.inputs()) g.writeString(s);
            g.writeEndArray();
            Gen.num(g, "dimensions", r.dimensions());
            Gen.str(g, "encoding_format", r.encodingFormat());
            Gen.str(g, "user", r.user());
            for (Map.Entry<String, Object> e : r.extra().entrySet()) {
                if (!TYPED.contains(e.getKey())) g.writeObjectField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        });
    }

    /** @throws IllegalArgumentException when a vector is neither a number array nor base64 float32 */
    public static EmbeddingResponse readResponse(JsonNode root) {
        JsonNode data = root.path("data");
        float[][] vectors = new float[data.size()][];
        for (int i = 0; i < data.size(); i++) {
            JsonNode item = data.get(i);
            int index = item.path("index").asInt(i);
            if (index < 0 || index >= vectors.length || vectors[index] != null) {
                throw new IllegalArgumentException("data[" + i + "].index " + index + " is out of order");
            }
            vectors[index] = vector(item.path("embedding"));
        }
        for (int i = 0; i < vectors.length; i++) {
            if (vectors[i] == null) throw new IllegalArgumentException("no vector has index " + i);
        }
        JsonNode usage = root.path("usage");
        return new EmbeddingResponse(ChatResponseCodec.text(root, "model"), Arrays.asList(vectors),
                Usage.of(usage.path("prompt_tokens").asLong(0), 0));
    }

    private static float[] vector(JsonNode e) {
        if (e.isTextual()) return fromBase64(e.textValue());
        if (!e.isArray()) throw new IllegalArgumentException("embedding is " + describe(e));
        float[] v = new float[e.size()];
        for (int i = 0; i < v.length; i++) v[i] = e.get(i).floatValue();
        return v;
    }

    private static float[] fromBase64(String b64) {
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(b64)).order(ByteOrder.LITTLE_ENDIAN);
        float[] v = new float[bytes.remaining() / Float.BYTES];
        bytes.asFloatBuffer().get(v);
        return v;
    }

    private static String toBase64(float[] v) {
        ByteBuffer bytes = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(v);
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    public static byte[] writeResponse(EmbeddingResponse r, String encodingFormat) {
        boolean base64 = "base64".equals(encodingFormat);
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("object", "list");
            g.writeArrayFieldStart("data");
            for (int i = 0; i < r.vectors().size(); i++) writeItem(g, i, r.vectors().get(i), base64);
            g.writeEndArray();
            g.writeStringField("model", r.model());
            g.writeObjectFieldStart("usage");
            g.writeNumberField("prompt_tokens", r.usage().inputTokens());
            g.writeNumberField("total_tokens", r.usage().totalTokens());
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private static void writeItem(JsonGenerator g, int index, float[] v, boolean base64) throws IOException {
        g.writeStartObject();
        g.writeStringField("object", "embedding");
        g.writeNumberField("index", index);
        if (base64) {
            g.writeStringField("embedding", toBase64(v));
        } else {
            g.writeArrayFieldStart("embedding");
            for (float f : v) g.writeNumber(f);
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
