package dev.gantry.guard.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads JSONL exemplars: one object a line with {@code text}, {@code label} (1 positive, 0 not) and optional {@code category}. */
public final class Exemplars {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Exemplars() {
    }

    public static List<Exemplar> fromResource(String resource) {
        InputStream in = Exemplars.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing classpath resource " + resource);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Exemplar> fromFile(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        }
    }

    private static List<Exemplar> parse(BufferedReader reader, String source) throws IOException {
        List<Exemplar> out = new ArrayList<>();
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) continue;
            JsonNode node = JSON.readTree(line);
            if (!node.hasNonNull("text") || !node.hasNonNull("label"))
                throw new IOException(source + ":" + lineNumber + " needs text and label");
            out.add(new Exemplar(node.get("text").asText(), node.get("label").asInt() == 1, node.path("category").asText("")));
        }
        return out;
    }
}
