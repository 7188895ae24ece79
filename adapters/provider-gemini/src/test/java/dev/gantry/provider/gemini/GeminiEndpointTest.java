package dev.gantry.provider.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.error.GantryException;
import dev.gantry.core.http.HttpCall;
import dev.gantry.core.http.HttpReply;
import dev.gantry.core.http.HttpTransport;
import dev.gantry.core.provider.ProviderSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeminiEndpointTest {
    private static final HttpTransport UNUSED = new HttpTransport() {
        @Override
        public HttpReply send(HttpCall call) {
            throw new AssertionError("no call expected");
        }
    };

    private static GeminiEndpoint endpoint(String baseUrl) {
        return new GeminiEndpoint(new ProviderSettings("gem", "gemini", baseUrl, "k", null, null, false), UNUSED);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "NULL,https://generativelanguage.googleapis.com/v1beta",
            "https://generativelanguage.googleapis.com,https://generativelanguage.googleapis.com/v1beta",
            "https://generativelanguage.googleapis.com/,https://generativelanguage.googleapis.com/v1beta",
            "https://generativelanguage.googleapis.com/v1beta/,https://generativelanguage.googleapis.com/v1beta",
            "http://127.0.0.1:8080/v1,http://127.0.0.1:8080/v1",
            "http://proxy.local/gemini,http://proxy.local/gemini/v1beta"})
    void should_accept_a_base_url_with_or_without_its_version(String base, String expected) {
        assertThat(GeminiEndpoint.versionBase(base)).isEqualTo(expected);
    }

    @Test
    void should_build_method_urls_without_the_api_key() {
        GeminiEndpoint e = endpoint("http://127.0.0.1:9");

        assertThat(e.uri("gemini-2.5-flash", "streamGenerateContent", "alt=sse").toString())
                .isEqualTo("http://127.0.0.1:9/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse");
        assertThat(e.uri("models/text-embedding-004", "batchEmbedContents", null).toString())
                .isEqualTo("http://127.0.0.1:9/v1beta/models/text-embedding-004:batchEmbedContents");
    }

    @Test
    void should_encode_the_model_as_one_path_segment() {
        assertThat(endpoint(null).uri("../files/x?y", "generateContent", null).getRawPath())
                .isEqualTo("/v1beta/models/..%2Ffiles%2Fx%3Fy:generateContent");
    }

    @Test
    void should_reject_a_missing_model() {
        assertThatThrownBy(() -> endpoint(null).uri(" ", "generateContent", null))
                .isInstanceOf(GantryException.class).hasMessageContaining("no Gemini model");
    }
}
