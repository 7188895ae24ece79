package dev.gantry.provider.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatModel;
import dev.gantry.core.chat.ChatStream;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.error.ProviderException;
import dev.gantry.core.provider.ProviderSettings;
import dev.gantry.http.jdk.JdkHttpTransport;
import dev.gantry.testkit.ChatModelContract;
import dev.gantry.testkit.FakeScript;
import dev.gantry.testkit.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The shared chat contract against the fake's Gemini dialect, plus what is Gemini's own. */
class GeminiChatModelIT extends ChatModelContract {
    private static final String API_KEY = "test-gemini-key";

    @Override
    protected ChatModel model(String fakeBaseUrl) {
        return new GeminiChatModel(new ProviderSettings("gem", "gemini", fakeBaseUrl, API_KEY,
                Map.of("x-extra", "1"), null, false), new JdkHttpTransport());
    }

    @Test
    void should_send_the_api_key_in_a_header_never_in_the_url() {
        fake.enqueue(FakeScript.text("ok"));

        chatModel.chat(request("Hi").build(), options());

        RecordedRequest sent = fake.requests().get(0);
        assertThat(sent.path()).isEqualTo("/v1beta/models/fake-model:generateContent");
        assertThat(sent.headers()).containsEntry("x-goog-api-key", API_KEY).containsEntry("x-extra", "1");
        assertThat(String.valueOf(sent.query())).doesNotContain(API_KEY);
    }

    @Test
    void should_stream_from_the_sse_endpoint() {
        fake.enqueue(FakeScript.text("one two"));

        drainAll(chatModel.stream(streaming("Hi"), options()));

        RecordedRequest sent = fake.requests().get(0);
        assertThat(sent.path()).isEqualTo("/v1beta/models/fake-model:streamGenerateContent");
        assertThat(sent.query()).contains("alt=sse");
    }

    @Test
    void should_send_a_tool_result_named_after_its_call_as_a_function_response() {
        fake.enqueue(FakeScript.text("Sunny in Paris."));
        List<ChatMessage> history = List.of(ChatMessage.user("Weather in Paris?"),
                ChatMessage.assistantToolCalls(null, List.of(new ToolCall("call_0", "get_weather", "{\"city\":\"Paris\"}"))),
                ChatMessage.toolResult("call_0", "{\"sky\":\"sunny\"}"));

        String answer = chatModel.chat(request("x").messages(history).tools(List.of(WEATHER)).build(), options()).message().text();

        JsonNode body = fake.requests().get(0).json();
        assertThat(answer).isEqualTo("Sunny in Paris.");
        assertThat(body.at("/contents/1/parts/0/functionCall/args/city").asText()).isEqualTo("Paris");
        assertThat(body.at("/contents/2/parts/0/functionResponse/name").asText()).isEqualTo("get_weather");
        assertThat(body.at("/contents/2/parts/0/functionResponse/response/sky").asText()).isEqualTo("sunny");
    }

    @Test
    void should_name_the_provider_and_the_cut_in_a_cut_stream_error() {
        fake.enqueue(FakeScript.text("one two three four five six").cutAfterChunks(2));
        ChatStream stream = chatModel.stream(streaming("Count"), options());

        Throwable t = Assertions.catchThrowable(() -> drainAll(stream));

        assertThat(t).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.CONNECTION);
            assertThat(e.provider()).isEqualTo("gem");
            assertThat(e.getMessage()).contains("was cut before it finished");
        });
    }

    @Test
    void should_fail_next_after_close_as_cancelled() {
        fake.enqueue(FakeScript.text("one two three"));
        ChatStream stream = chatModel.stream(streaming("Hi"), options());

        stream.close();

        assertThat(Assertions.catchThrowable(stream::next)).isInstanceOfSatisfying(GantryException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.CANCELLED));
    }

    private static List<ChatChunk> drainAll(ChatStream stream) {
        try (stream) {
            List<ChatChunk> chunks = new ArrayList<>();
            for (ChatChunk c = stream.next(); c != null; c = stream.next()) chunks.add(c);
            return chunks;
        }
    }
}
