package dev.gantry.http.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.http.HttpCall;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransportFailuresTest {
    private static final HttpCall CALL = HttpCall.postJson(URI.create("https://api.example.com/v1/chat?key=sk-secret"),
            Map.of(), new byte[0], Duration.ofSeconds(5), Duration.ofMillis(300));

    private static GantryException map(IOException e, Duration elapsed) {
        return TransportFailures.map(CALL, e, elapsed);
    }

    @Test
    void should_report_the_jdk_request_timer_firing_before_the_connection_as_a_timeout() {
        GantryException e = map(new HttpConnectTimeoutException("HTTP connect timed out"), Duration.ofMillis(301));

        assertThat(e.kind()).isEqualTo(ErrorKind.TIMEOUT);
        assertThat(e.getMessage()).startsWith("api.example.com:443 sent no response within 300ms");
    }

    @Test
    void should_report_a_real_connect_timeout_as_a_connection_failure() {
        GantryException e = map(new HttpConnectTimeoutException("HTTP connect timed out"), Duration.ofSeconds(5));

        assertThat(e.kind()).isEqualTo(ErrorKind.CONNECTION);
        assertThat(e.getMessage()).isEqualTo("could not connect to api.example.com:443 within 5s; "
                + "check that the provider is up and reachable");
    }

    @Test
    void should_map_each_failure_to_its_kind_without_the_path_or_query() {
        assertThat(map(new HttpTimeoutException("request timed out"), Duration.ofMillis(300)).kind()).isEqualTo(ErrorKind.TIMEOUT);
        assertThat(map(new ConnectException("refused"), Duration.ZERO).kind()).isEqualTo(ErrorKind.CONNECTION);
        GantryException unresolved = map(new ConnectException("x") {{ initCause(new UnresolvedAddressException()); }}, Duration.ZERO);
        assertThat(unresolved.getMessage()).startsWith("could not resolve the host of api.example.com:443");
        GantryException reset = map(new IOException("Connection reset"), Duration.ZERO);
        assertThat(reset.kind()).isEqualTo(ErrorKind.CONNECTION);
        assertThat(reset.getMessage()).doesNotContain("sk-secret").doesNotContain("/v1/chat").doesNotContain("Connection reset");
        assertThat(reset.getCause()).hasMessage("Connection reset");
    }
}
