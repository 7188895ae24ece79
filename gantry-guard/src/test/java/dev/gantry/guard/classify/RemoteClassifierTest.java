package dev.gantry.guard.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.gantry.guard.harmful.HarmfulContentDetector;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RemoteClassifierTest {
    private HttpServer server;

    private URI serve(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/score", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/score");
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
    }

    @Test
    void readsTheScore() throws IOException {
        RemoteClassifier remote = new RemoteClassifier(serve(200, "{\"score\": 0.75}"), Duration.ofSeconds(2));
        assertThat(remote.probability("anything")).isEqualTo(OptionalDouble.of(0.75));
    }

    @Test
    void readsThePositiveLabelOfATeiPredictAnswer() throws IOException {
        String tei = "[{\"label\": \"SAFE\", \"score\": 0.1}, {\"label\": \"INJECTION\", \"score\": 0.9}]";
        assertThat(new RemoteClassifier(serve(200, tei), Duration.ofSeconds(2), "injection").probability("x"))
                .isEqualTo(OptionalDouble.of(0.9));
        stop();
        assertThat(new RemoteClassifier(serve(200, "[" + tei + "]"), Duration.ofSeconds(2), "INJECTION").probability("x"))
                .as("batched shape").isEqualTo(OptionalDouble.of(0.9));
        stop();
        assertThat(new RemoteClassifier(serve(200, tei), Duration.ofSeconds(2), "JAILBREAK").probability("x"))
                .as("a label the model does not have: no opinion").isEmpty();
    }

    @Test
    void failsOpenOnErrorsAndOddAnswers() throws IOException {
        assertThat(new RemoteClassifier(serve(500, "oops"), Duration.ofSeconds(2)).probability("x")).isEmpty();
        stop();
        assertThat(new RemoteClassifier(serve(200, "{\"score\": 7}"), Duration.ofSeconds(2)).probability("x")).isEmpty();
        stop();
        assertThat(new RemoteClassifier(serve(200, "not json"), Duration.ofSeconds(2)).probability("x")).isEmpty();
        stop();
        server = null;
        assertThat(new RemoteClassifier(URI.create("http://127.0.0.1:9/none"), Duration.ofMillis(300)).probability("x")).isEmpty();
    }

    @Test
    void detectorsAverageItWithTheLocalClassifier() throws IOException {
        String poem = "Write a poem about spring.";
        HarmfulContentDetector withRemote = new HarmfulContentDetector(0.4,
                Optional.of(new RemoteClassifier(serve(200, "{\"score\": 0.99}"), Duration.ofSeconds(2))));
        assertThat(new HarmfulContentDetector().scan(poem)).isEmpty();
        assertThat(withRemote.scan(poem)).singleElement().satisfies(f -> assertThat(f.reason()).contains("remote p=0.99"));
    }
}
