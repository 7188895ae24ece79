package dev.gantry.provider.openai;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.ResponseFormat;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.chat.ToolChoice;
import dev.gantry.core.chat.ToolSpec;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading client chat requests and writing them upstream: the two must be inverse. */
class OpenAiCodecRequestTest {
    static final ObjectMapper MAPPER = new ObjectMapper();

    static final String RICH = """
            {
              "model": "gpt-4o-mini",
              "messages": [
                {"role": "system", "content": "You are terse."},
                {"role": "developer", "content": [{"type": "text", "text": "Prefer metric units.",
                                                   "cache_control": {"type": "ephemeral"}}]},
                {"role": "user", "name": "ada", "content": [
                  {"type": "text", "text": "What is on this picture, and the weather?"},
                  {"type": "image_url", "image_url": {"url": "https://example.com/cat.png", "detail": "high"}},
                  {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}
                ]},
                {"role": "assistant", "content": null, "reasoning_content": "The user wants weather.",
                 "tool_calls": [
                   {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{\\"city\\":\\"Paris\\"}"}},
                   {"id": "call_2", "type": "function", "function": {"name": "get_time", "arguments": "{}"}}
                 ]},
                {"role": "tool", "tool_call_id": "call_1", "content": "18C, cloudy"},
                {"role": "tool", "tool_call_id": "call_2", "content": [{"type": "text", "text": "14:02"}, {"type": "text", "text": " CET"}]},
                {"role": "assistant", "content": "A cat. 18C and cloudy in Paris."},
                {"role": "user", "content": ""}
              ],
              "tools": [
                {"type": "function", "function": {"name": "get_weather", "description": "Weather by city",
                  "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"],
                                 "additionalProperties": false},
                  "strict": true}},
                {"type": "function", "function": {"name": "get_time"}}
              ],
              "tool_choice": {"type": "function", "function": {"name": "get_weather"}},
              "parallel_tool_calls": false,
              "response_format": {"type": "json_schema", "json_schema": {"name": "answer", "description": "The answer",
                  "schema": {"type": "object", "properties": {"text": {"type": "string"}}}, "strict": true}},
              "n": 2,
              "stop": ["\\n\\n", "END"],
              "seed": 12345678901,
              "temperature": 0.7,
              "top_p": 0.9,
              "top_k": 40,
              "max_completion_tokens": 512,
              "presence_penalty": 0.5,
              "frequency_penalty": -0.5,
              "logprobs": true,
              "top_logprobs": 3,
              "user": "user-42",
              "stream": true,
              "stream_options": {"include_usage": true, "continuous_usage_stats": true},
              "reasoning_effort": "low",
              "metadata": {"feature": "chat", "team": "a"},
              "logit_bias": {"50256": -100},
              "service_tier": "flex",
              "chat_template_kwargs": {"enable_thinking": false},
              "guided_choice": ["yes", "no"],
              "store": null
            }
            """;

    static byte[] bytes(String json) {
        return json.getBytes(UTF_8);
    }

    static JsonNode tree(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON equality where 1 and 1.0 are the same number, as they are to every JSON reader. */
    static final Comparator<JsonNode> SAME_NUMBERS = (a, b) -> {
        if (a.equals(b)) return 0;
        if (a.isNumber() && b.isNumber()) return a.decimalValue().compareTo(b.decimalValue());
        return 1;
    };

    static void assertSameJson(byte[] actual, String expected) {
        JsonNode a = tree(actual);
        JsonNode e = tree(bytes(expected));
        assertThat(a.equals(SAME_NUMBERS, e)).as("%s%nshould equal%n%s", a.toPrettyString(), e.toPrettyString()).isTrue();
    }

    static ChatRequest read(String json) {
        return OpenAiCodec.readChatRequest(bytes(json));
    }

    @Test
    void should_write_a_rich_request_back_semantically_equal_to_what_was_read() {
        byte[] written = OpenAiCodec.writeChatRequest(read(RICH));

        assertSameJson(written, RICH);
    }

    @Test
    void should_map_every_typed_field_of_a_rich_request() {
        ChatRequest r = read(RICH);

        assertThat(r.model()).isEqualTo("gpt-4o-mini");
        assertThat(r.messages()).hasSize(8);
        assertThat(r.tools()).extracting(ToolSpec::name).containsExactly("get_weather", "get_time");
        assertThat(r.tools().get(0).strict()).isTrue();
        assertThat(r.tools().get(0).parameters()).containsEntry("required", List.of("city"));
        assertThat(r.toolChoice()).isEqualTo(ToolChoice.function("get_weather"));
        assertThat(r.parallelToolCalls()).isFalse();
        assertThat(r.responseFormat()).isEqualTo(new ResponseFormat(ResponseFormat.Type.JSON_SCHEMA, "answer",
                "The answer", Map.of("type", "object", "properties", Map.of("text", Map.of("type", "string"))), true));
        assertThat(r.n()).isEqualTo(2);
        assertThat(r.stop()).containsExactly("\n\n", "END");
        assertThat(r.seed()).isEqualTo(12345678901L);
        assertThat(r.temperature()).isEqualTo(0.7);
        assertThat(r.topP()).isEqualTo(0.9);
        assertThat(r.topK()).isEqualTo(40);
        assertThat(r.maxTokens()).isEqualTo(512);
        assertThat(r.presencePenalty()).isEqualTo(0.5);
        assertThat(r.frequencyPenalty()).isEqualTo(-0.5);
        assertThat(r.logprobs()).isTrue();
        assertThat(r.topLogprobs()).isEqualTo(3);
        assertThat(r.user()).isEqualTo("user-42");
        assertThat(r.stream()).isTrue();
        assertThat(r.includeUsage()).isTrue();
        assertThat(r.reasoningEffort()).isEqualTo("low");
        assertThat(r.metadata()).containsExactly(Map.entry("feature", "chat"), Map.entry("team", "a"));
        assertThat(r.extra()).containsKeys("logit_bias", "service_tier", "chat_template_kwargs", "guided_choice", "store");
        assertThat(r.extra().get("logit_bias")).isEqualTo(Map.of("50256", -100));
    }

    @Test
    void should_map_messages_of_every_role() {
        List<ChatMessage> m = read(RICH).messages();

        assertThat(m.get(0)).isEqualTo(ChatMessage.system("You are terse."));
        assertThat(m.get(1).role()).isEqualTo(Role.DEVELOPER);
        assertThat(m.get(1).content()).containsExactly(new ContentPart.Text("Prefer metric units.", Map.of("type", "ephemeral")));
        assertThat(m.get(2).name()).isEqualTo("ada");
        assertThat(m.get(2).content()).containsExactly(
                new ContentPart.Text("What is on this picture, and the weather?"),
                ContentPart.Image.ofUrl("https://example.com/cat.png", "high"),
                ContentPart.Image.ofUrl("data:image/png;base64,iVBORw0KGgo=", null));
        assertThat(m.get(3).content()).containsExactly(new ContentPart.Thinking("The user wants weather.", null, null));
        assertThat(m.get(3).toolCalls()).containsExactly(new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}"),
                new ToolCall("call_2", "get_time", "{}"));
        assertThat(m.get(4)).isEqualTo(ChatMessage.toolResult("call_1", "18C, cloudy"));
        assertThat(m.get(5).text()).isEqualTo("14:02 CET");
        assertThat(m.get(6)).isEqualTo(ChatMessage.assistant("A cat. 18C and cloudy in Paris."));
        assertThat(m.get(7)).isEqualTo(ChatMessage.user(""));
    }

    @Test
    void should_write_the_token_limit_under_the_name_the_client_used() {
        String legacy = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"max_tokens\":100}";
        String current = legacy.replace("max_tokens", "max_completion_tokens");

        assertSameJson(OpenAiCodec.writeChatRequest(read(legacy)), legacy);
        assertSameJson(OpenAiCodec.writeChatRequest(read(current)), current);
        assertSameJson(OpenAiCodec.writeChatRequest(read(current).toBuilder().maxTokens(7).build()),
                current.replace("100", "7"));
    }

    @Test
    void should_write_max_tokens_for_requests_built_in_code() {
        ChatRequest r = ChatRequest.builder().model("m").messages(List.of(ChatMessage.user("hi"))).maxTokens(5).build();

        assertSameJson(OpenAiCodec.writeChatRequest(r),
                "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"max_tokens\":5}");
    }

    @Test
    void should_normalise_stop_and_single_text_parts_and_drop_stream_false() {
        String in = """
                {"model":"m","messages":[{"role":"user","content":[{"type":"text","text":"hi"}]}],
                 "stop":"END","stream":false,"stream_options":{"include_usage":true},"temperature":null}""";

        assertSameJson(OpenAiCodec.writeChatRequest(read(in)),
                "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"stop\":[\"END\"]}");
    }

    @Test
    void should_only_write_stream_options_for_streaming_calls() {
        ChatRequest r = ChatRequest.builder().model("m").messages(List.of(ChatMessage.user("hi"))).includeUsage(true).build();

        assertThat(tree(OpenAiCodec.writeChatRequest(r)).has("stream_options")).isFalse();
        assertThat(tree(OpenAiCodec.writeChatRequest(r.withStream(true))).path("stream_options").path("include_usage")
                .asBoolean()).isTrue();
    }

    @Test
    void should_accept_a_bare_image_url_string_and_the_reasoning_alias() {
        ChatRequest r = read("""
                {"model":"m","messages":[
                  {"role":"user","content":[{"type":"image_url","image_url":"https://x/y.png"}]},
                  {"role":"assistant","content":"ok","reasoning":"thought"}]}""");

        assertThat(r.messages().get(0).content()).containsExactly(ContentPart.Image.ofUrl("https://x/y.png", null));
        assertThat(r.messages().get(1).content()).containsExactly(new ContentPart.Thinking("thought", null, null),
                new ContentPart.Text("ok"));
    }

    @Test
    void should_ignore_fields_sdks_echo_back_on_assistant_messages() {
        ChatRequest r = read("""
                {"model":"m","messages":[{"role":"assistant","content":"hi","refusal":null,"annotations":[],"audio":null}]}""");

        assertThat(r.messages().get(0)).isEqualTo(ChatMessage.assistant("hi"));
    }

    @Test
    void should_write_inline_images_as_data_urls_and_drop_signed_thinking() {
        ChatRequest r = ChatRequest.builder().model("m").messages(List.of(
                new ChatMessage(Role.USER, List.of(ContentPart.Image.ofBase64("image/png", "AAAA")), null, null, null, false),
                new ChatMessage(Role.ASSISTANT, List.of(new ContentPart.Thinking("secret", "sig", null),
                        new ContentPart.Text("answer")), null, null, null, false))).build();

        assertSameJson(OpenAiCodec.writeChatRequest(r), """
                {"model":"m","messages":[
                  {"role":"user","content":[{"type":"image_url","image_url":{"url":"data:image/png;base64,AAAA"}}]},
                  {"role":"assistant","content":"answer"}]}""");
    }

    @Test
    void should_let_a_typed_field_win_over_a_same_named_extra_entry() {
        ChatRequest r = ChatRequest.builder().model("m").messages(List.of(ChatMessage.user("hi"))).temperature(0.1)
                .extra(Map.of("temperature", 1.5, "service_tier", "auto")).build();

        assertSameJson(OpenAiCodec.writeChatRequest(r), """
                {"model":"m","messages":[{"role":"user","content":"hi"}],"temperature":0.1,"service_tier":"auto"}""");
    }

    @Test
    void should_use_a_json_comparison_that_tells_different_documents_apart() {
        JsonNode a = tree(bytes("{\"a\":[1,{\"b\":0.5}],\"c\":\"x\"}"));

        assertThat(a.equals(SAME_NUMBERS, tree(bytes("{\"c\":\"x\",\"a\":[1.0,{\"b\":0.50}]}")))).isTrue();
        assertThat(a.equals(SAME_NUMBERS, tree(bytes("{\"a\":[1,{\"b\":0.6}],\"c\":\"x\"}")))).isFalse();
        assertThat(a.equals(SAME_NUMBERS, tree(bytes("{\"a\":[1,{\"b\":0.5}],\"c\":\"y\"}")))).isFalse();
        assertThat(a.equals(SAME_NUMBERS, tree(bytes("{\"a\":[1,{\"b\":0.5}]}")))).isFalse();
    }
}
