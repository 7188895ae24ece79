package dev.gantry.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.gantry.core.alert.AlertEvent;
import dev.gantry.core.alert.AlertState;
import dev.gantry.http.jdk.JdkHttpTransport;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real local HTTP receiver (the JDK's server), through the JDK transport. */
class WebhookNotifierTest {
    private static final AlertEvent FIRING = new AlertEvent(Instant.parse("2026-12-01T10:00:00Z"), "team-budget", "budget",
            "team-a", 80, AlertState.FIRING, "key 'team-a' has used 82.4% of its $50 per month budget", 82.4, 80);
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private final JdkHttpTransport transport = new JdkHttpTransport();
    private HttpServer receiver;

    @BeforeEach
    void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks/secret-token", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        transport.close();
    }

    private WebhookNotifier notifier(URI url) {
        return new WebhookNotifier("ops", url, transport, Duration.ofSeconds(2));
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/secret-token");
    }

    @Test
    void should_post_slack_text_and_the_structured_fields_under_gantry() throws Exception {
        notifier(url()).send(FIRING);

        JsonNode body = new ObjectMapper().readTree(bodies.getFirst());
        assertThat(body.path("text").asText()).isEqualTo(":rotating_light: [FIRING] team-budget: key 'team-a' has used "
                + "82.4% of its $50 per month budget");
        JsonNode g = body.path("gantry");
        assertThat(g.path("rule").asText()).isEqualTo("team-budget");
        assertThat(g.path("kind").asText()).isEqualTo("budget");
        assertThat(g.path("subject").asText()).isEqualTo("team-a");
        assertThat(g.path("state").asText()).isEqualTo("firing");
        assertThat(g.path("level").asInt()).isEqualTo(80);
        assertThat(g.path("value").asDouble()).isEqualTo(82.4);
        assertThat(g.path("at").asText()).isEqualTo("2026-12-01T10:00:00Z");
    }

    @Test
    void should_fail_on_an_error_status_naming_the_webhook_but_not_its_address() {
        status.set(500);

        assertThatThrownBy(() -> notifier(url()).send(FIRING))
                .hasMessage("webhook 'ops' answered HTTP 500")
                .satisfies(e -> assertThat(e.getCause()).isNull());
    }

    @Test
    void should_fail_on_an_unreachable_receiver_without_quoting_its_address() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        URI down = URI.create("http://127.0.0.1:" + closedPort + "/hooks/secret-token");

        assertThatThrownBy(() -> notifier(down).send(FIRING))
                .hasMessageStartingWith("webhook 'ops' could not be reached")
                .hasMessageNotContaining("secret-token").hasMessageNotContaining(String.valueOf(closedPort));
    }
}
