package dev.gantry.rag.ingest;

import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.IngestItem;
import dev.gantry.core.rag.TextExtractor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns ingest items into documents. JSONL files are read forward once per job (items come in line order), so a
 * 100,000-line batch costs one pass, not one pass per line. Not thread-safe: one reader per running job.
 */
final class SourceReader implements AutoCloseable {
    private final TextExtractor extractor;
    private final Map<String, JsonlCursor> cursors = new LinkedHashMap<>();

    SourceReader(TextExtractor extractor) {
        this.extractor = extractor;
    }

    /** @throws GantryException with a message naming the file or line when the item cannot become a document */
    SourceDocument read(IngestItem item) {
        return switch (item.kind()) {
            case FILE -> withOverrides(file(Path.of(item.ref())), item);
            case JSONL_LINE -> JsonDocuments.parse(cursor(item.ref()).line(item.line()), item.describe(), "jsonl:" + item.describe());
            case INLINE -> JsonDocuments.parse(item.payload(), item.describe(), "api");
        };
    }

    private SourceDocument file(Path path) {
        if (!Files.isRegularFile(path)) throw GantryException.invalid("path", "file '" + path + "' does not exist or is not a file");
        TextExtractor.Extracted x;
        try (InputStream in = Files.newInputStream(path)) {
            x = extractor.extract(path.getFileName().toString(), in);
        } catch (IOException e) {
            throw GantryException.invalid("path", "file '" + path + "' cannot be read: " + e.getClass().getSimpleName());
        }
        Map<String, String> meta = new LinkedHashMap<>();
        x.metadata().forEach((k, v) -> {
            if (v != null && !v.isBlank() && MetadataKeys.valid(k)) meta.put(k, v);
        });
        meta.put("file_name", path.getFileName().toString());
        if (x.contentType() != null) meta.put("content_type", x.contentType());
        String title = x.title() == null || x.title().isBlank() ? path.getFileName().toString() : x.title();
        return new SourceDocument(path.toString(), title, x.text(), path.toString(), meta);
    }

    /** An uploaded file carries its id, and metadata, in the item's payload; its path is only where it waits. */
    private static SourceDocument withOverrides(SourceDocument d, IngestItem item) {
        if (item.payload() == null) return d;
        UploadInfo u = UploadInfo.parse(item.payload());
        Map<String, String> meta = new LinkedHashMap<>(d.metadata());
        meta.putAll(u.metadata());
        if (u.name() != null) meta.put("file_name", u.name());
        return new SourceDocument(u.id(), d.title(), d.text(), u.name() == null ? d.source() : u.name(), meta);
    }

    private JsonlCursor cursor(String file) {
        return cursors.computeIfAbsent(file, JsonlCursor::new);
    }

    @Override
    public void close() {
        cursors.values().forEach(JsonlCursor::close);
        cursors.clear();
    }

    /** A forward-only line reader that reopens the file when asked for an earlier line. */
    private static final class JsonlCursor {
        private final Path path;
        private BufferedReader reader;
        private int lineNo; // lines consumed so far

        JsonlCursor(String file) {
            this.path = Path.of(file);
        }

        String line(int wanted) {
            try {
                if (reader == null || wanted <= lineNo) reopen();
                String line = null;
                while (lineNo < wanted) {
                    line = reader.readLine();
                    if (line == null) throw GantryException.invalid("path", path + " has no line " + wanted + " any more (changed during ingest?)");
                    lineNo++;
                }
                return line;
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + path, e);
            }
        }

        private void reopen() throws IOException {
            close();
            if (!Files.isRegularFile(path)) throw GantryException.invalid("path", "file '" + path + "' does not exist any more");
            reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
            lineNo = 0;
        }

        void close() {
            try {
                if (reader != null) reader.close();
            } catch (IOException ignored) {
                // closing a read-only file: nothing to lose
            }
            reader = null;
        }
    }
}
