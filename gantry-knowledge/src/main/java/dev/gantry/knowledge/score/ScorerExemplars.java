package dev.gantry.knowledge.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The scorer's training messages: JSONL, one {@code {"text": ..., "signal": true|false}} a line, written for Gantry. */
public final class ScorerExemplars {
    public static final String RESOURCE = "/knowledge/scorer-exemplars.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScorerExemplars() {
    }

    public record Exemplar(String text, boolean signal) {
    }

    public static List<Exemplar> shipped() {
        InputStream in = ScorerExemplars.class.getResourceAsStream(RESOURCE);
        if (in == null) throw new IllegalStateException("missing classpath resource " + RESOURCE);
        List<Exemplar> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                JsonNode node = JSON.readTree(line);
                if (!node.path("text").isTextual() || !node.path("signal").isBoolean()) {
                    throw new IllegalStateException(RESOURCE + ":" + n + " needs a text and a boolean signal");
                }
                out.add(new Exemplar(node.get("text").asText(), node.get("signal").asBoolean()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
