package dev.gantry.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request as the fake received it. The dialect-aware readers ({@link #model()}, {@link #lastUserText()} ...)
 * find a value wherever the request's dialect puts it, so one assertion covers OpenAI, Anthropic and Gemini.
 *
 * @param query   the raw query string, "" when there is none
 * @param headers lower-case names; repeated headers joined with ", "
 * @param body    the body as UTF-8 text ("" when none)
 */
public record RecordedRequest(String method, String path, String query, Map<String, String> headers, String body) {

    public RecordedRequest {
        query = query == null ? "" : query;
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    /** The body parsed (a MissingNode when empty); fails when the body is not JSON. */
    public JsonNode json() {
        JsonNode n = Json.parse(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (n == null) throw new IllegalStateException("request body of " + method + " " + path + " is not JSON: " + body);
        return n;
    }

    /** A header by case-insensitive name, or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public FakeDialect dialect() {
        return FakeDialect.of(path);
    }

    /** The model asked for: body "model", Azure deployment or Gemini path model. */
    public String model() {
        return wire().model();
    }

    /** System text (OpenAI system/developer messages, Anthropic system, Gemini systemInstruction), or null. */
    public String systemText() {
        return wire().systemText();
    }

    /** Text of the last user message ("" when none). */
    public String lastUserText() {
        return wire().lastUserText();
    }

    public Double temperature() {
        return wire().temperature();
    }

    /** max_completion_tokens / max_tokens / generationConfig.maxOutputTokens, or null. */
    public Integer maxTokens() {
        return wire().maxTokens();
    }

    /** Whether a streamed answer was asked for (Gemini: the streamGenerateContent path). */
    public boolean stream() {
        return wire().stream();
    }

    /** Names of the tools (functions) offered to the model. */
    public List<String> toolNames() {
        return wire().toolNames();
    }

    private WireRequest wire() {
        Route route = Route.of(method, path);
        return route.dialect().wire().read(route, json());
    }
}
