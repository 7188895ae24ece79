package dev.gantry.provider.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.ProviderException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeminiErrorsTest {

    private static ProviderException map(int status, String body, String retryAfter) {
        byte[] bytes = body == null ? null : body.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
        return GeminiErrors.fromReply("gem", status, bytes, retryAfter);
    }

    private static String error(int code, String status, String message) {
        return "{'error':{'code':" + code + ",'message':'" + message + "','status':'" + status + "'}}";
    }

    @ParameterizedTest
    @CsvSource({
            "400,INVALID_ARGUMENT,INVALID_REQUEST",
            "400,FAILED_PRECONDITION,INVALID_REQUEST",
            "401,UNAUTHENTICATED,AUTHENTICATION",
            "403,PERMISSION_DENIED,AUTHENTICATION",
            "404,NOT_FOUND,NOT_FOUND",
            "413,INVALID_ARGUMENT,PAYLOAD_TOO_LARGE",
            "429,RESOURCE_EXHAUSTED,RATE_LIMITED",
            "500,INTERNAL,UPSTREAM_ERROR",
            "502,UNKNOWN,UPSTREAM_ERROR",
            "503,UNAVAILABLE,UPSTREAM_UNAVAILABLE",
            "504,DEADLINE_EXCEEDED,TIMEOUT"})
    void should_map_status_to_error_kind(int status, String grpc, ErrorKind expected) {
        ProviderException e = map(status, error(status, grpc, "something"), null);

        assertThat(e.kind()).isEqualTo(expected);
        assertThat(e.upstreamStatus()).isEqualTo(status);
        assertThat(e.provider()).isEqualTo("gem");
    }

    @Test
    void should_map_a_too_long_prompt_to_context_length_exceeded() {
        ProviderException e = map(400, error(400, "INVALID_ARGUMENT",
                "The input token count (1048577) exceeds the maximum number of tokens allowed (1048576)."), null);

        assertThat(e.kind()).isEqualTo(ErrorKind.CONTEXT_LENGTH_EXCEEDED);
        assertThat(e.getMessage()).contains("gem").contains("400 INVALID_ARGUMENT").contains("1048576")
                .contains("shorten the conversation");
    }

    @Test
    void should_map_an_invalid_api_key_to_authentication_even_as_400() {
        ProviderException byMessage = map(400, error(400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key."), null);
        ProviderException byReason = map(400, """
                {'error':{'code':400,'message':'bad','status':'INVALID_ARGUMENT',
                 'details':[{'@type':'type.googleapis.com/google.rpc.ErrorInfo','reason':'API_KEY_INVALID'}]}}""", null);

        assertThat(byMessage.kind()).isEqualTo(ErrorKind.AUTHENTICATION);
        assertThat(byReason.kind()).isEqualTo(ErrorKind.AUTHENTICATION);
        assertThat(byMessage.getMessage()).contains("check the provider's api-key");
    }

    @Test
    void should_take_the_retry_delay_from_retry_info() {
        ProviderException e = map(429, """
                {'error':{'code':429,'message':'Quota exceeded','status':'RESOURCE_EXHAUSTED','details':[
                 {'@type':'type.googleapis.com/google.rpc.QuotaFailure'},
                 {'@type':'type.googleapis.com/google.rpc.RetryInfo','retryDelay':'1.5s'}]}}""", null);

        assertThat(e.retryAfter()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void should_prefer_the_retry_after_header() {
        ProviderException e = map(429, """
                {'error':{'code':429,'status':'RESOURCE_EXHAUSTED','details':[{'retryDelay':'30s'}]}}""", "7");

        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void should_not_set_a_retry_delay_on_client_errors() {
        assertThat(map(400, error(400, "INVALID_ARGUMENT", "x"), "5").retryAfter()).isNull();
    }

    @Test
    void should_classify_by_status_when_the_body_is_not_json() {
        ProviderException e = map(502, "<html>Bad Gateway</html>", null);

        assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM_ERROR);
        assertThat(e.getMessage()).isEqualTo("Gemini provider 'gem' answered 502; retry later or fall back to another provider");
        assertThat(map(503, null, null).kind()).isEqualTo(ErrorKind.UPSTREAM_UNAVAILABLE);
    }

    @Test
    void should_mask_api_keys_and_cut_long_upstream_messages() {
        String key = "AIzaSyA1234567890abcdefghijklmnopqrstuv";
        ProviderException e = map(400, error(400, "INVALID_ARGUMENT", "key " + key + " " + "x".repeat(1000)), null);

        assertThat(e.getMessage()).doesNotContain(key).contains("AIza***").hasSizeLessThan(500);
    }

    @Test
    void should_read_the_array_wrapped_error_of_a_non_sse_stream() {
        ProviderException e = map(429, "[{'error':{'code':429,'status':'RESOURCE_EXHAUSTED','details':[{'retryDelay':'2s'}]}}]", null);

        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(2));
    }
}
