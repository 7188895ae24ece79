package dev.gantry.guard.classify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    public static List<Exemplar> load(String fileName) throws IOException {
        Path dir = directory().orElseThrow(() -> new IOException("shared/data/guard not found above " + Path.of("").toAbsolutePath()));
        return Exemplars.fromFile(dir.resolve(fileName));
    }

    /** Every other row: the half used while tuning (even) or held back (odd) to estimate how figures drop on unseen data. */
    public static List<Exemplar> half(List<Exemplar> rows, boolean even) {
        return IntStream.range(0, rows.size()).filter(i -> (i % 2 == 0) == even).mapToObj(rows::get).toList();
    }
}
