package dev.gantry.provider.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.http.SseEvent;
import dev.gantry.core.http.SseReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test fixtures under src/test/resources/anthropic and small JSON helpers. */
final class Fixtures {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/anthropic/" + name)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(byte[] bytes) {
        try {
            return MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        return json(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Single quotes stand for double quotes, so JSON reads well inside Java strings. */
    static byte[] body(String singleQuoted) {
        return singleQuoted.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
    }

    static List<SseEvent> events(byte[] sse) {
        SseReader reader = new SseReader(new ByteArrayInputStream(sse));
        List<SseEvent> events = new ArrayList<>();
        try {
            for (SseEvent e = reader.next(); e != null; e = reader.next()) events.add(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return events;
    }
}
