package dev.gantry.http.helidon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import io.helidon.webclient.api.ClientUri;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EndpointsTest {

    @Test
    void should_name_an_upstream_by_host_and_port_only() {
        assertThat(Endpoints.hostPort(URI.create("https://api.openai.com/v1/chat?key=sk-1"))).isEqualTo("api.openai.com:443");
        assertThat(Endpoints.hostPort(URI.create("http://localhost/v1"))).isEqualTo("localhost:80");
        assertThat(Endpoints.hostPort(URI.create("http://127.0.0.1:8000"))).isEqualTo("127.0.0.1:8000");
        assertThat(Endpoints.hostPort(null)).isEqualTo("an invalid address");
    }

    @Test
    void should_keep_the_raw_path_and_query_verbatim_in_the_request_target() {
        ClientUri uri = Endpoints.clientUri(URI.create(
                "HTTPS://generativelanguage.example.com/v1beta/models/a%2Fb:streamGenerateContent?alt=sse&z=1&a=x+y&flag"));

        assertThat(uri.scheme()).isEqualTo("https");
        assertThat(uri.port()).isEqualTo(443);
        assertThat(uri.pathWithQueryAndFragment())
                .isEqualTo("/v1beta/models/a%2Fb:streamGenerateContent?alt=sse&z=1&a=x+y&flag");
    }

    @Test
    void should_send_slash_for_an_empty_path_and_percent_encode_non_ascii() {
        assertThat(Endpoints.clientUri(URI.create("http://127.0.0.1:8000")).pathWithQueryAndFragment()).isEqualTo("/");
        assertThat(Endpoints.clientUri(URI.create("http://127.0.0.1:8000/mod\u00e8le?q=\u00e9")).pathWithQueryAndFragment())
                .isEqualTo("/mod%C3%A8le?q=%C3%A9");
    }

    @Test
    void should_refuse_a_url_that_is_not_http_without_echoing_its_path() {
        assertThatThrownBy(() -> Endpoints.clientUri(URI.create("file:///etc/secret"))).isInstanceOfSatisfying(
                GantryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.INTERNAL);
                    assertThat(e.getMessage()).doesNotContain("/etc/secret");
                });
    }

    @Test
    void should_keep_every_limit_a_limit_when_converting_to_socket_millis() {
        assertThat(ReadTimeouts.socketMillis(null)).as("null: no limit").isZero();
        assertThat(ReadTimeouts.socketMillis(Duration.ofNanos(10))).isEqualTo(1);
        assertThat(ReadTimeouts.socketMillis(Duration.ZERO)).isEqualTo(1);
        assertThat(ReadTimeouts.socketMillis(Duration.ofSeconds(-5))).isEqualTo(1);
        assertThat(ReadTimeouts.socketMillis(Duration.ofMillis(300))).isEqualTo(300);
        assertThat(ReadTimeouts.socketMillis(Duration.ofDays(365))).isEqualTo(Integer.MAX_VALUE);
        assertThat(ReadTimeouts.socketMillis(Duration.ofSeconds(Long.MAX_VALUE))).isEqualTo(Integer.MAX_VALUE);
    }
}
