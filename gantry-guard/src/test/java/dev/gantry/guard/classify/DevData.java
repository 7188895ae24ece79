package dev.gantry.guard.classify;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Locates the development data ({@code shared/data/guard}) by walking up from the working directory. The data is
 * research-licensed and never shipped: tests read it in place, and skip when it is absent.
 */
public final class DevData {
    private DevData() {
    }

    public static Optional<Path> directory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/guard");
            if (Files.isDirectory(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    /**
     * The first {@code limit} SciFact abstracts (title and text, {@code shared/data/scifact/corpus.jsonl}): long
     * scientific prose that no guard classifier trains on, read to count how much ordinary prose each one flags.
     */
    public static List<String> scifactAbstracts(int limit) throws IOException {
        Path corpus = directory().orElseThrow(() -> new IOException("shared/data/guard not found above " + Path.of("").toAbsolutePath()))
                .resolveSibling("scifact").resolve("corpus.jsonl");
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (var lines = Files.lines(corpus)) {
            for (String line : (Iterable<String>) lines.limit(limit)::iterator) {
                var node = json.readTree(line);
                texts.add(node.path("title").asText() + "\n" + node.path("text").asText());
            }
        }
        return texts;
    }

    public static List<Exemplar> load(String fileName) throws IOException {
        Path dir = directory().orElseThrow(() -> new IOException("shared/data/guard not found above " + Path.of("").toAbsolutePath()));
        return Exemplars.fromFile(dir.resolve(fileName));
    }

    /** Every other row: the half used while tuning (even) or held back (odd) to estimate how figures drop on unseen data. */
    public static List<Exemplar> half(List<Exemplar> rows, boolean even) {
        return IntStream.range(0, rows.size()).filter(i -> (i % 2 == 0) == even).mapToObj(rows::get).toList();
    }
}
