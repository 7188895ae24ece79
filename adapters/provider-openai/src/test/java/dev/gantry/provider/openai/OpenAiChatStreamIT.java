package dev.gantry.provider.openai;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatModel;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatStream;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.ProviderException;
import dev.gantry.core.provider.ProviderSettings;
import dev.gantry.http.jdk.JdkHttpTransport;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Upstream behaviours the fake provider does not script, served byte for byte by a bare HTTP server. */
class OpenAiChatStreamIT {
    private static final String CHUNK = "{\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"},\"finish_reason\":null}]}";
    private static final CallOptions OPTIONS = new CallOptions(Duration.ofSeconds(5), Duration.ofSeconds(30), "r-1");

    private HttpServer server;
    private JdkHttpTransport transport;
    private ChatModel model;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        transport = new JdkHttpTransport();
        model = new OpenAiChatModel(new ProviderSettings("oai", "openai",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "sk-x", Map.of(), null, false), transport);
    }

    @AfterEach
    void stop() {
        release.countDown();
        transport.close();
        server.stop(0);
    }

    private void answer(int status, String contentType, String body) {
        server.createContext("/v1/chat/completions", ex -> {
            ex.getRequestBody().readAllBytes();
            byte[] b = body.getBytes(UTF_8);
            ex.getResponseHeaders().add("content-type", contentType);
            ex.sendResponseHeaders(status, b.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(b);
            }
        });
    }

    private static ChatRequest request() {
        return ChatRequest.builder().model("m").messages(List.of(ChatMessage.user("hi"))).build();
    }

    private List<ChatChunk> drain(ChatStream stream) {
        List<ChatChunk> chunks = new ArrayList<>();
        try (stream) {
            ChatChunk c;
            while ((c = stream.next()) != null) chunks.add(c);
        }
        return chunks;
    }

    @Test
    void should_map_an_error_event_mid_stream_after_the_chunks_before_it() {
        answer(200, "text/event-stream", "data: " + CHUNK + "\n\n"
                + "data: {\"error\":{\"message\":\"The server is overloaded\",\"type\":\"server_error\"}}\n\n");
        ChatStream stream = model.stream(request(), OPTIONS);

        assertThat(stream.next().choices().get(0).content()).isEqualTo("Hi");
        assertThatThrownBy(stream::next).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM_ERROR);
            assertThat(e.getMessage()).isEqualTo("provider 'oai' reported an error mid-stream: The server is overloaded");
        });
        assertThatThrownBy(stream::next).as("the failure sticks").isInstanceOf(ProviderException.class);
    }

    @Test
    void should_fail_a_stream_whose_body_ends_without_done() {
        answer(200, "text/event-stream", "data: " + CHUNK + "\n\n");
        ChatStream stream = model.stream(request(), OPTIONS);

        assertThat(stream.next()).isNotNull();
        assertThatThrownBy(stream::next).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM_ERROR);
            assertThat(e.getMessage()).contains("stream from provider 'oai' was cut before it finished");
        });
    }

    @Test
    void should_skip_azure_prompt_filter_events_and_comments() {
        answer(200, "text/event-stream", ": keep-alive\n\n"
                + "data: {\"id\":\"\",\"choices\":[],\"prompt_filter_results\":[{\"prompt_index\":0}]}\n\n"
                + "data: " + CHUNK + "\n\ndata: [DONE]\n\n");

        List<ChatChunk> chunks = drain(model.stream(request(), OPTIONS));

        assertThat(chunks).hasSize(1);
        assertThat(chunks.get(0).choices().get(0).content()).isEqualTo("Hi");
    }

    @Test
    void should_map_an_error_object_in_a_200_answer() {
        answer(200, "application/json", "{\"error\":{\"message\":\"bad model\",\"type\":\"invalid_request_error\"}}");

        assertThatThrownBy(() -> model.chat(request(), OPTIONS)).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
            assertThat(e.getMessage()).contains("bad model");
        });
    }

    @Test
    void should_time_out_an_answer_whose_body_stalls_after_the_headers() {
        server.createContext("/v1/chat/completions", ex -> {
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            out.write("{\"id\":".getBytes(UTF_8));
            out.flush();
            awaitRelease(ex);
        });
        CallOptions impatient = new CallOptions(Duration.ofSeconds(5), Duration.ofMillis(300), "r-2");

        assertThatThrownBy(() -> model.chat(request(), impatient)).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.TIMEOUT);
            assertThat(e.getMessage()).contains("did not finish its answer within 300ms");
        });
    }

    private void awaitRelease(HttpExchange ex) {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ex.close();
        }
    }
}
