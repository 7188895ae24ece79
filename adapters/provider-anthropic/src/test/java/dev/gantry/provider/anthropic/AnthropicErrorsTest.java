package dev.gantry.provider.anthropic;

import static dev.gantry.provider.anthropic.Fixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.ProviderException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AnthropicErrorsTest {

    private static byte[] error(String type, String message) {
        return body("{'type':'error','error':{'type':'" + type + "','message':'" + message + "'},'request_id':'req_1'}");
    }

    @ParameterizedTest
    @CsvSource({"400,invalid_request_error,INVALID_REQUEST", "401,authentication_error,AUTHENTICATION",
            "402,billing_error,PERMISSION", "403,permission_error,PERMISSION", "404,not_found_error,NOT_FOUND",
            "413,request_too_large,PAYLOAD_TOO_LARGE", "429,rate_limit_error,RATE_LIMITED",
            "500,api_error,UPSTREAM_ERROR", "502,api_error,UPSTREAM_ERROR", "503,api_error,UPSTREAM_UNAVAILABLE",
            "504,timeout_error,TIMEOUT", "529,overloaded_error,UPSTREAM_UNAVAILABLE", "418,invalid_request_error,INVALID_REQUEST"})
    void should_map_each_status_to_its_kind(int status, String type, ErrorKind kind) {
        ProviderException e = AnthropicErrors.fromResponse("claude", status, error(type, "boom"), null);

        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.upstreamStatus()).isEqualTo(status);
        assertThat(e.provider()).isEqualTo("claude");
        assertThat(e.getMessage()).isEqualTo("provider 'claude' answered " + status + ": boom");
    }

    @Test
    void should_map_a_too_long_prompt_to_context_length_exceeded() {
        ProviderException e = AnthropicErrors.fromResponse("claude", 400,
                error("invalid_request_error", "prompt is too long: 208000 tokens > 200000 maximum"), null);

        assertThat(e.kind()).isEqualTo(ErrorKind.CONTEXT_LENGTH_EXCEEDED);
    }

    @Test
    void should_map_input_plus_max_tokens_over_the_limit_to_context_length_exceeded() {
        ProviderException e = AnthropicErrors.fromResponse("claude", 400, error("invalid_request_error",
                "input length and `max_tokens` exceed context limit: 197000 + 8192 > 200000"), null);

        assertThat(e.kind()).isEqualTo(ErrorKind.CONTEXT_LENGTH_EXCEEDED);
    }

    @Test
    void should_read_retry_after_in_seconds_or_as_an_http_date() {
        assertThat(AnthropicErrors.fromResponse("c", 429, error("rate_limit_error", "x"), "7").retryAfter())
                .isEqualTo(Duration.ofSeconds(7));
        assertThat(AnthropicErrors.fromResponse("c", 429, error("rate_limit_error", "x"), "1.5").retryAfter())
                .isEqualTo(Duration.ofMillis(1500));
        String inAnHour = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusHours(1));
        assertThat(AnthropicErrors.fromResponse("c", 429, error("rate_limit_error", "x"), inAnHour).retryAfter())
                .isBetween(Duration.ofMinutes(58), Duration.ofMinutes(61));
        assertThat(AnthropicErrors.fromResponse("c", 429, error("rate_limit_error", "x"), "soon").retryAfter()).isNull();
        assertThat(AnthropicErrors.fromResponse("c", 429, error("rate_limit_error", "x"), null).retryAfter()).isNull();
    }

    @Test
    void should_cut_the_upstream_message_to_300_characters() {
        ProviderException e = AnthropicErrors.fromResponse("c", 400, error("invalid_request_error", "y".repeat(500)), null);

        assertThat(e.getMessage()).isEqualTo("provider 'c' answered 400: " + "y".repeat(300) + "...");
    }

    @Test
    void should_quote_a_body_that_is_not_anthropic_json_and_say_when_it_is_empty() {
        byte[] html = "<html>Bad Gateway</html>".getBytes(StandardCharsets.UTF_8);

        assertThat(AnthropicErrors.fromResponse("c", 502, html, null).getMessage())
                .isEqualTo("provider 'c' answered 502: <html>Bad Gateway</html>");
        assertThat(AnthropicErrors.fromResponse("c", 503, new byte[0], null).getMessage())
                .isEqualTo("provider 'c' answered 503: (empty body)");
    }

    @Test
    void should_map_a_stream_error_event_by_its_type() {
        ProviderException e = AnthropicErrors.fromStreamError("c",
                "{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"Too many\"}}");

        assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(e.upstreamStatus()).isEqualTo(429);
        assertThat(AnthropicErrors.fromStreamError("c", "garbage").kind()).isEqualTo(ErrorKind.UPSTREAM_ERROR);
    }
}
