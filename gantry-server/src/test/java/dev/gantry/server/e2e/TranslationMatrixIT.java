package dev.gantry.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.server.GantryServerFixture;
import dev.gantry.testkit.FakeScript;
import dev.gantry.testkit.RecordedRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every inbound dialect against every upstream dialect, plain and streamed, for a text answer, one tool call
 * and two parallel tool calls, over raw HTTP: what the client reads back, and what the upstream was sent.
 */
class TranslationMatrixIT {
    private static final String SYSTEM = "You are terse.";
    private static final double TEMPERATURE = 0.3;
    private static final int MAX_TOKENS = 77;
    private static final ToolCall WEATHER = new ToolCall("call_w1", "get_weather", "{\"city\":\"Paris\"}");
    private static final ToolCall TIME = new ToolCall("call_t2", "get_time", "{\"zone\":\"Europe/Paris\",\"h24\":true}");
    private static GantryServerFixture server;

    enum Inbound { OPENAI, ANTHROPIC }

    enum Shape {
        TEXT(List.of()), ONE_TOOL(List.of(WEATHER)), TWO_TOOLS(List.of(WEATHER, TIME));

        final List<ToolCall> calls;

        Shape(List<ToolCall> calls) {
            this.calls = calls;
        }

        FakeScript script() {
            FakeScript s = calls.isEmpty() ? FakeScript.text("Sunny and mild in Paris today")
                    : FakeScript.toolCalls(calls.toArray(ToolCall[]::new));
            return s.usage(21, 9, 0, 0, 0);
        }
    }

    @BeforeAll
    static void start() {
        server = GantryServerFixture.start("");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.fake.reset();
    }

    static Stream<Arguments> matrix() {
        List<Arguments> all = new ArrayList<>();
        for (Inbound in : Inbound.values()) {
            for (String alias : List.of("chat", "claude", "gem")) {
                for (boolean stream : new boolean[] {false, true}) {
                    for (Shape shape : Shape.values()) all.add(Arguments.of(in, alias, stream, shape));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} client, {1} upstream, stream={2}, {3}")
    @MethodSource("matrix")
    void should_translate_answers_and_requests_between_every_pair_of_dialects(Inbound in, String alias, boolean stream,
                                                                               Shape shape) {
        server.fake.enqueue(shape.script());
        HttpResponse<String> r = in == Inbound.OPENAI
                ? server.post("/v1/chat/completions", openAiRequest(alias, stream))
                : server.post("/v1/messages", anthropicRequest(alias, stream));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Answer answer = read(in, stream, r.body());
        assertAnswer(answer, in, alias, shape);
        assertUpstreamRequest(server.fake.lastRequest(), alias, stream);
        if (stream) assertStreamEnding(in, r.body());
    }

    private static Answer read(Inbound in, boolean stream, String body) {
        if (in == Inbound.OPENAI) return stream ? AnswerReader.openAiStream(body) : AnswerReader.openAi(body);
        return stream ? AnswerReader.anthropicStream(body) : AnswerReader.anthropic(body);
    }

    private static void assertAnswer(Answer a, Inbound in, String alias, Shape shape) {
        boolean tools = !shape.calls.isEmpty();
        assertThat(a.text()).isEqualTo(tools ? "" : "Sunny and mild in Paris today");
        assertThat(a.finishReason()).isEqualTo(in == Inbound.OPENAI ? (tools ? "tool_calls" : "stop")
                : (tools ? "tool_use" : "end_turn"));
        assertThat(a.inputTokens()).as("prompt tokens").isEqualTo(21);
        assertThat(a.outputTokens()).as("completion tokens").isEqualTo(9);
        assertThat(a.calls()).extracting(Answer.Call::name).containsExactlyElementsOf(shape.calls.stream().map(ToolCall::name).toList());
        for (int i = 0; i < shape.calls.size(); i++) {
            ToolCall expected = shape.calls.get(i);
            Answer.Call actual = a.calls().get(i);
            assertThat(actual.arguments()).isEqualTo(SseEvents.json(expected.arguments()));
            // Gemini has no call ids: the adapter makes them up, so only their presence and uniqueness can be checked
            if (alias.equals("gem")) assertThat(actual.id()).isNotBlank();
            else assertThat(actual.id()).isEqualTo(expected.id());
        }
        assertThat(a.calls()).extracting(Answer.Call::id).doesNotHaveDuplicates();
    }

    /** The system prompt, temperature, max tokens and tools, each where the upstream's own dialect puts it. */
    private static void assertUpstreamRequest(RecordedRequest up, String alias, boolean stream) {
        JsonNode body = up.json();
        switch (alias) {
            case "chat" -> {
                assertThat(up.path()).isEqualTo("/v1/chat/completions");
                assertThat(body.at("/messages/0/role").asText()).isIn("system", "developer");
                assertThat(text(body.at("/messages/0/content"))).isEqualTo(SYSTEM);
                assertThat(body.path("temperature").asDouble()).isEqualTo(TEMPERATURE);
                assertThat(body.has("max_completion_tokens") ? body.get("max_completion_tokens").asInt()
                        : body.path("max_tokens").asInt()).isEqualTo(MAX_TOKENS);
                assertThat(body.path("stream").asBoolean()).isEqualTo(stream);
            }
            case "claude" -> {
                assertThat(up.path()).isEqualTo("/v1/messages");
                assertThat(text(body.path("system"))).isEqualTo(SYSTEM);
                assertThat(body.at("/messages/0/role").asText()).isEqualTo("user");
                assertThat(body.path("temperature").asDouble()).isEqualTo(TEMPERATURE);
                assertThat(body.path("max_tokens").asInt()).isEqualTo(MAX_TOKENS);
                assertThat(body.path("stream").asBoolean()).isEqualTo(stream);
            }
            default -> {
                assertThat(up.path()).endsWith(stream ? ":streamGenerateContent" : ":generateContent");
                assertThat(text(body.at("/systemInstruction/parts"))).isEqualTo(SYSTEM);
                assertThat(body.at("/generationConfig/temperature").asDouble()).isEqualTo(TEMPERATURE);
                assertThat(body.at("/generationConfig/maxOutputTokens").asInt()).isEqualTo(MAX_TOKENS);
            }
        }
        assertThat(up.toolNames()).containsExactly("get_weather", "get_time");
        assertThat(up.lastUserText()).isEqualTo("What is the weather in Paris?");
    }

    private static void assertStreamEnding(Inbound in, String body) {
        if (in == Inbound.OPENAI) {
            assertThat(body).endsWith("data: [DONE]\n\n").doesNotContain("\"error\"");
        } else {
            List<String> types = SseEvents.parse(body).stream().map(e -> e.event()).toList();
            assertThat(types).startsWith("message_start").endsWith("message_delta", "message_stop").doesNotContain("error");
        }
    }

    /** A string, or the text parts of an array of blocks / parts, joined. */
    private static String text(JsonNode n) {
        if (n.isTextual()) return n.asText();
        StringBuilder sb = new StringBuilder();
        for (JsonNode part : n) sb.append(part.isTextual() ? part.asText() : part.path("text").asText());
        return sb.toString();
    }

    private static String openAiRequest(String alias, boolean stream) {
        ObjectNode root = SseEvents.JSON.createObjectNode().put("model", alias).put("stream", stream)
                .put("temperature", TEMPERATURE).put("max_tokens", MAX_TOKENS);
        if (stream) root.putObject("stream_options").put("include_usage", true);
        ArrayNode messages = root.putArray("messages");
        messages.addObject().put("role", "system").put("content", SYSTEM);
        messages.addObject().put("role", "user").put("content", "What is the weather in Paris?");
        ArrayNode tools = root.putArray("tools");
        for (ObjectNode[] t : toolSchemas()) {
            ObjectNode fn = tools.addObject().put("type", "function").putObject("function");
            fn.put("name", t[0].path("name").asText()).put("description", t[0].path("description").asText());
            fn.set("parameters", t[1]);
        }
        return root.toString();
    }

    private static String anthropicRequest(String alias, boolean stream) {
        ObjectNode root = SseEvents.JSON.createObjectNode().put("model", alias).put("stream", stream)
                .put("system", SYSTEM).put("temperature", TEMPERATURE).put("max_tokens", MAX_TOKENS);
        root.putArray("messages").addObject().put("role", "user").put("content", "What is the weather in Paris?");
        ArrayNode tools = root.putArray("tools");
        for (ObjectNode[] t : toolSchemas()) {
            ObjectNode tool = tools.addObject().put("name", t[0].path("name").asText())
                    .put("description", t[0].path("description").asText());
            tool.set("input_schema", t[1]);
        }
        return root.toString();
    }

    /** {name+description, JSON schema} of the two tools offered in every request. */
    private static List<ObjectNode[]> toolSchemas() {
        return List.of(tool("get_weather", "Current weather in a city", "city"),
                tool("get_time", "Current time in a time zone", "zone"));
    }

    private static ObjectNode[] tool(String name, String description, String param) {
        ObjectNode head = SseEvents.JSON.createObjectNode().put("name", name).put("description", description);
        ObjectNode schema = SseEvents.JSON.createObjectNode().put("type", "object");
        schema.putObject("properties").putObject(param).put("type", "string");
        schema.putArray("required").add(param);
        return new ObjectNode[] {head, schema};
    }
}
