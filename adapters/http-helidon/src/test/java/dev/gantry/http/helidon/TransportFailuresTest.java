package dev.gantry.http.helidon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.http.HttpCall;
import io.helidon.common.buffers.DataReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class TransportFailuresTest {
    private static final HttpCall CALL = HttpCall.postJson(URI.create("https://api.example.com/v1/chat?key=sk-secret"),
            Map.of(), new byte[0], Duration.ofSeconds(5), Duration.ofMillis(300));

    private static GantryException map(IOException e) {
        return TransportFailures.map(CALL, new UncheckedIOException(e));
    }

    /** A timeout as the JDK throws it from inside {@code frame}. */
    private static SocketTimeoutException timeoutIn(String className, String method) {
        SocketTimeoutException e = new SocketTimeoutException("timed out");
        e.setStackTrace(new StackTraceElement[] {
                new StackTraceElement(className, method, null, -1),
                new StackTraceElement("io.helidon.webclient.api.TcpClientConnection", "connect", null, -1)});
        return e;
    }

    @Test
    void should_report_a_read_timeout_before_the_headers_as_timeout() {
        GantryException e = map(timeoutIn("sun.nio.ch.NioSocketImpl", "read"));

        assertThat(e.kind()).isEqualTo(ErrorKind.TIMEOUT);
        assertThat(e.getMessage()).isEqualTo("api.example.com:443 sent no response headers within 300ms; "
                + "raise the timeout or check the provider's load");
    }

    @Test
    void should_report_a_connect_timeout_as_a_connection_failure() {
        GantryException e = map(timeoutIn("java.net.Socket", "connect"));

        assertThat(e.kind()).isEqualTo(ErrorKind.CONNECTION);
        assertThat(e.getMessage()).isEqualTo("could not connect to api.example.com:443 within 5s; "
                + "check that the provider is up and reachable");
    }

    @Test
    void should_report_a_stalled_tls_handshake_as_a_connection_failure() {
        GantryException e = map(timeoutIn("sun.security.ssl.SSLSocketImpl", "startHandshake"));

        assertThat(e.kind()).isEqualTo(ErrorKind.CONNECTION);
    }

    @Test
    void should_map_each_failure_to_its_kind_without_the_path_or_query() {
        assertThat(map(new ConnectException("Connection refused")).getMessage())
                .startsWith("could not connect to api.example.com:443 (connection refused or unreachable)");
        assertThat(map(new UnknownHostException("api.example.com")).getMessage())
                .startsWith("could not resolve the host of api.example.com:443");
        assertThat(map(new SSLHandshakeException("PKIX path building failed")).getMessage())
                .startsWith("TLS handshake with api.example.com:443 failed");
        GantryException reset = map(new SocketException("Connection reset"));
        assertThat(reset.kind()).isEqualTo(ErrorKind.CONNECTION);
        assertThat(reset.getMessage()).doesNotContain("sk-secret").doesNotContain("/v1/chat").doesNotContain("Connection reset");
        assertThat(reset.getCause().getCause()).hasMessage("Connection reset");
    }

    @Test
    void should_map_an_upstream_that_closed_before_answering_to_connection() {
        GantryException e = TransportFailures.map(CALL, new DataReader.InsufficientDataAvailableException());

        assertThat(e.kind()).isEqualTo(ErrorKind.CONNECTION);
        assertThat(e.getMessage()).isEqualTo("connection to api.example.com:443 failed before a response arrived; "
                + "the provider closed or reset it");
    }

    @Test
    void should_map_any_failure_of_an_interrupted_thread_to_cancelled_and_keep_the_interrupt() {
        Thread.currentThread().interrupt();
        try {
            GantryException e = map(new SocketException("Closed by interrupt"));

            assertThat(e.kind()).isEqualTo(ErrorKind.CANCELLED);
            assertThat(e.getMessage()).isEqualTo("call to api.example.com:443 was cancelled before it answered");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void should_show_the_default_connect_timeout_when_the_call_names_none() {
        HttpCall noLimits = new HttpCall("POST", URI.create("http://10.0.0.1:8000/v1"), Map.of(), null, null, null);

        assertThat(TransportFailures.map(noLimits, new UncheckedIOException(timeoutIn("java.net.Socket", "connect")))
                .getMessage()).contains("within 10s");
    }
}
