package dev.gantry.guard.classify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/** Writes exemplars as JSONL ({@code text}, {@code label}, optional {@code category}) for the generators. */
public final class JsonlWriter {
    private JsonlWriter() {
    }

    public static void write(Path file, Collection<Exemplar> exemplars) throws IOException {
        StringBuilder out = new StringBuilder();
        for (Exemplar e : exemplars) {
            out.append("{\"text\": \"").append(escape(e.text())).append("\", \"label\": ").append(e.positive() ? 1 : 0);
            if (!e.category().isEmpty()) out.append(", \"category\": \"").append(e.category()).append('"');
            out.append("}\n");
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c)); else out.append(c);
                }
            }
        }
        return out.toString();
    }
}
