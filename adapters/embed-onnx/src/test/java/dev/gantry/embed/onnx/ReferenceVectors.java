package dev.gantry.embed.onnx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Vectors computed by a second implementation (transformers.js, see {@code _source} in reference-vectors.json) from
 * the same model files: agreement checks our tokenizer settings, truncation, pooling and normalisation.
 */
record ReferenceVectors(String text, float[] vector) {
    private static final String RESOURCE = "/reference-vectors.json";

    static List<ReferenceVectors> of(String modelId) {
        try (InputStream in = ReferenceVectors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the test classpath");
            JsonNode entries = new ObjectMapper().readTree(in).path("models").path(modelId);
            if (entries.isEmpty()) throw new IllegalStateException(RESOURCE + " has no vectors for " + modelId);
            List<ReferenceVectors> references = new ArrayList<>();
            for (JsonNode entry : entries) {
                references.add(new ReferenceVectors(entry.path("text").asText(), floats(entry.path("vector"))));
            }
            return references;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float[] floats(JsonNode array) {
        float[] values = new float[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) array.get(i).asDouble();
        }
        return values;
    }
}
