package dev.gantry.provider.openai.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The module's one ObjectMapper, plus the two conversions every codec needs. */
public final class Json {
    /**
     * Data-URL images can be large; the default 20M-character string limit would refuse some that
     * OpenAI accepts, so the gateway's own request-size limit is the real guard.
     */
    private static final int MAX_STRING_CHARS = 100_000_000;

    public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_CHARS).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {
    }

    /** Parses a client's body; a syntax error becomes INVALID_REQUEST naming the line and column. */
    public static JsonNode parseRequest(byte[] json, String what) {
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (tree == null || !tree.isObject()) {
                throw GantryException.invalid(null, what + " must be a JSON object, got "
                        + (tree == null || tree.isMissingNode() ? "an empty body" : Params.describe(tree)));
            }
            return tree;
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new GantryException(ErrorKind.INVALID_REQUEST, what + " is not valid JSON" + where
                    + "; send a JSON object", null, null, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses an upstream body; callers turn the IOException into MALFORMED_RESPONSE, keeping it as cause. */
    public static JsonNode parseUpstream(byte[] json) throws IOException {
        return MAPPER.readTree(json);
    }

    public static JsonNode parseUpstream(String json) throws IOException {
        return MAPPER.readTree(json);
    }

    /** A JSON subtree as plain Java: LinkedHashMap, ArrayList, String, Number, Boolean, null. */
    public static Object plain(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return null;
        if (n.isObject()) return plainMap(n);
        if (n.isArray()) {
            List<Object> list = new ArrayList<>(n.size());
            for (JsonNode e : n) list.add(plain(e));
            return list;
        }
        if (n.isTextual()) return n.textValue();
        if (n.isBoolean()) return n.booleanValue();
        if (n.isNumber()) return n.numberValue();
        return n.asText();
    }

    public static Map<String, Object> plainMap(JsonNode n) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : n.properties()) map.put(e.getKey(), plain(e.getValue()));
        return map;
    }

    /** Writes one JSON document straight to bytes, with no intermediate tree. */
    public static byte[] write(Writer body) {
        return write(null, body, null);
    }

    /** The same, between a prefix and a suffix (an SSE frame), without copying the document again. */
    public static byte[] write(byte[] prefix, Writer body, byte[] suffix) {
        ByteArrayBuilder out = new ByteArrayBuilder(1024);
        if (prefix != null) out.write(prefix);
        try (JsonGenerator gen = MAPPER.createGenerator(out)) {
            body.write(gen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (suffix != null) out.write(suffix);
        byte[] bytes = out.toByteArray();
        out.release();
        return bytes;
    }

    /** A body written with a generator. */
    @FunctionalInterface
    public interface Writer {
        void write(JsonGenerator gen) throws IOException;
    }
}
