package dev.gantry.provider.openai;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.ProviderException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OpenAiErrorsTest {
    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

    private static ProviderException map(int status, String body, Map<String, String> headers) {
        return OpenAiErrors.fromResponse("oai", status, body.getBytes(UTF_8),
                name -> Optional.ofNullable(headers.get(name)), NOW);
    }

    private static ProviderException map(int status, String body) {
        return map(status, body, Map.of());
    }

    private static String openAiError(String message, String type, String code) {
        return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + type + "\",\"param\":null,\"code\":"
                + (code == null ? "null" : "\"" + code + "\"") + "}}";
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "400, INVALID_REQUEST", "422, INVALID_REQUEST", "401, AUTHENTICATION", "403, PERMISSION",
            "404, NOT_FOUND", "408, TIMEOUT", "409, INVALID_REQUEST", "413, PAYLOAD_TOO_LARGE", "429, RATE_LIMITED",
            "500, UPSTREAM_ERROR", "502, UPSTREAM_ERROR", "504, UPSTREAM_ERROR", "501, UPSTREAM_ERROR",
            "503, UPSTREAM_UNAVAILABLE", "529, UPSTREAM_UNAVAILABLE"})
    void should_map_each_status_to_its_kind(int status, ErrorKind kind) {
        ProviderException e = map(status, openAiError("something", "some_error", null));

        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.upstreamStatus()).isEqualTo(status);
        assertThat(e.provider()).isEqualTo("oai");
        assertThat(e.getMessage()).isEqualTo("provider 'oai' answered " + status + ": something");
    }

    @Test
    void should_map_400_with_code_context_length_exceeded_to_context_length() {
        ProviderException e = map(400, openAiError("too long", "invalid_request_error", "context_length_exceeded"));

        assertThat(e.kind()).isEqualTo(ErrorKind.CONTEXT_LENGTH_EXCEEDED);
    }

    @Test
    void should_recognise_context_length_by_message_as_vllm_and_llama_cpp_word_it() {
        ProviderException vllm = map(400, "{\"object\":\"error\",\"message\":\"This model's maximum context length is 4096 tokens. "
                + "However, you requested 5000 tokens.\",\"type\":\"BadRequestError\",\"code\":400}");
        ProviderException llamaCpp = map(400, openAiError("the request exceeds the available context size, try increasing it",
                "exceed_context_size_error", null));

        assertThat(vllm.kind()).isEqualTo(ErrorKind.CONTEXT_LENGTH_EXCEEDED);
        assertThat(vllm.getMessage()).contains("maximum context length is 4096");
        assertThat(llamaCpp.kind()).isEqualTo(ErrorKind.CONTEXT_LENGTH_EXCEEDED);
    }

    @Test
    void should_map_429_to_rate_limited_with_retry_after_seconds() {
        ProviderException e = map(429, openAiError("Rate limit reached", "rate_limit_error", "rate_limit_exceeded"),
                Map.of("retry-after", "7"));

        assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(e.getMessage()).isEqualTo("provider 'oai' answered 429: Rate limit reached");
    }

    @Test
    void should_prefer_retry_after_ms_and_read_http_dates() {
        assertThat(map(429, "{}", Map.of("retry-after-ms", "1500", "retry-after", "2")).retryAfter())
                .isEqualTo(Duration.ofMillis(1500));
        assertThat(map(429, "{}", Map.of("retry-after", "Thu, 01 Jan 2026 12:00:30 GMT")).retryAfter())
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(map(503, "{}", Map.of("retry-after", "Thu, 01 Jan 2026 11:00:00 GMT")).retryAfter())
                .isEqualTo(Duration.ZERO);
        assertThat(map(429, "{}", Map.of("retry-after", "soon")).retryAfter()).isNull();
        assertThat(map(429, "{}").retryAfter()).isNull();
    }

    @Test
    void should_mask_anything_shaped_like_a_key_in_the_upstream_message() {
        ProviderException e = map(401, openAiError("Incorrect API key provided: sk-proj-abc123XYZ. Sent Bearer abcdefghijkl",
                "invalid_request_error", "invalid_api_key"));

        assertThat(e.kind()).isEqualTo(ErrorKind.AUTHENTICATION);
        assertThat(e.getMessage()).doesNotContain("abc123XYZ").doesNotContain("abcdefghijkl")
                .contains("sk-***").contains("Bearer ***");
    }

    @Test
    void should_trim_long_messages_to_300_characters() {
        String longMessage = "x".repeat(1000);

        ProviderException e = map(500, openAiError(longMessage, "server_error", null));

        assertThat(e.getMessage()).isEqualTo("provider 'oai' answered 500: " + "x".repeat(300) + "…");
    }

    @Test
    void should_relay_a_non_json_body_and_say_when_there_is_no_message() {
        ProviderException html = map(502, "<html><body>\n502 Bad Gateway\n</body></html>");
        ProviderException empty = map(503, "");
        ProviderException plain = map(400, "{\"error\":\"model 'x' not found, try pulling it first\"}");

        assertThat(html.getMessage()).isEqualTo("provider 'oai' answered 502: <html><body> 502 Bad Gateway </body></html>");
        assertThat(empty.getMessage()).isEqualTo("provider 'oai' answered 503 with no error message");
        assertThat(plain.getMessage()).isEqualTo("provider 'oai' answered 400: model 'x' not found, try pulling it first");
    }

    @Test
    void should_map_error_events_by_their_code_or_type() {
        assertThat(event("{\"error\":{\"message\":\"m\",\"type\":\"rate_limit_error\"}}").kind()).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(event("{\"error\":{\"message\":\"m\",\"code\":\"context_length_exceeded\"}}").kind())
                .isEqualTo(ErrorKind.CONTEXT_LENGTH_EXCEEDED);
        assertThat(event("{\"error\":{\"message\":\"m\",\"type\":\"BadRequestError\",\"code\":400}}").kind())
                .isEqualTo(ErrorKind.INVALID_REQUEST);
        assertThat(event("{\"error\":{\"message\":\"m\",\"type\":\"overloaded_error\"}}").kind())
                .isEqualTo(ErrorKind.UPSTREAM_UNAVAILABLE);
        ProviderException server = event("{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}");
        assertThat(server.kind()).isEqualTo(ErrorKind.UPSTREAM_ERROR);
        assertThat(server.getMessage()).isEqualTo("provider 'oai' reported an error mid-stream: boom");
    }

    private static ProviderException event(String json) {
        try {
            return OpenAiErrors.fromErrorObject("oai", OpenAiCodecRequestTest.MAPPER.readTree(json), "mid-stream");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
