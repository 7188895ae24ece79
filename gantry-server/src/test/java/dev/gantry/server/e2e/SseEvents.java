package dev.gantry.server.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.http.SseEvent;
import dev.gantry.core.http.SseReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A whole text/event-stream body as the client received it, parsed with the gateway's own SSE reader. */
final class SseEvents {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COST = Pattern.compile("(?m)^: x-gantry-cost-usd=([0-9.Ee+-]+)$");

    private SseEvents() {
    }

    static List<SseEvent> parse(String body) {
        SseReader reader = new SseReader(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        List<SseEvent> out = new ArrayList<>();
        try {
            SseEvent e;
            while ((e = reader.next()) != null) out.add(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The JSON payloads of every data event, the OpenAI "[DONE]" sentinel left out. */
    static List<JsonNode> data(String body) {
        List<JsonNode> out = new ArrayList<>();
        for (SseEvent e : parse(body)) {
            if (!"[DONE]".equals(e.data())) out.add(json(e.data()));
        }
        return out;
    }

    /** The cost the gateway reports in the comment it writes just before the end of an OpenAI stream. */
    static Optional<BigDecimal> cost(String body) {
        Matcher m = COST.matcher(body);
        return m.find() ? Optional.of(new BigDecimal(m.group(1))) : Optional.empty();
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + text, e);
        }
    }
}
