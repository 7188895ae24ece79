package dev.gantry.rag.ingest;

import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.IngestItem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands paths into ingest items: a directory into its files (recursively, hidden ones skipped, in name order),
 * a {@code .jsonl} file into one item per non-blank line (BEIR corpus format included), any other file into one item.
 */
public final class IngestSources {
    private IngestSources() {
    }

    public static List<IngestItem> expand(List<Path> paths) {
        List<IngestItem> items = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw GantryException.invalid("path", "'" + p + "' does not exist");
            if (Files.isDirectory(p)) {
                for (Path f : filesUnder(p)) add(f, items);
            } else {
                add(p, items);
            }
        }
        return items;
    }

    private static void add(Path file, List<IngestItem> items) {
        String abs = file.toAbsolutePath().normalize().toString();
        if (!file.getFileName().toString().toLowerCase().endsWith(".jsonl")) {
            items.add(IngestItem.file(abs));
            return;
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (!line.isBlank()) items.add(IngestItem.jsonlLine(abs, n));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }

    private static List<Path> filesUnder(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> !hidden(dir.relativize(f)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + dir, e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }
}
