package dev.gantry.provider.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.chat.ToolChoice;
import dev.gantry.core.chat.ToolSpec;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GeminiCodecRequestTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode write(ChatRequest request) {
        try {
            return JSON.readTree(GeminiCodec.writeRequest(request));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ChatRequest.Builder request(ChatMessage... messages) {
        return ChatRequest.builder().model("gemini-2.5-flash").messages(List.of(messages));
    }

    static ChatMessage user(ContentPart... parts) {
        return new ChatMessage(Role.USER, List.of(parts), null, null, null, false);
    }

    @Test
    void should_put_system_and_developer_messages_in_the_system_instruction() {
        JsonNode body = write(request(ChatMessage.system("Be brief."), ChatMessage.user("Hi"),
                new ChatMessage(Role.DEVELOPER, List.of(new ContentPart.Text("Use metric units.")), null, null, null, false)).build());

        assertThat(body.at("/systemInstruction/parts/0/text").asText()).isEqualTo("Be brief.");
        assertThat(body.at("/systemInstruction/parts/1/text").asText()).isEqualTo("Use metric units.");
        assertThat(body.get("contents")).hasSize(1);
        assertThat(body.at("/contents/0/role").asText()).isEqualTo("user");
        assertThat(body.at("/contents/0/parts/0/text").asText()).isEqualTo("Hi");
    }

    @Test
    void should_send_no_system_instruction_when_there_is_no_system_message() {
        assertThat(write(request(ChatMessage.user("Hi")).build()).has("systemInstruction")).isFalse();
    }

    @Test
    void should_send_base64_images_and_data_urls_inline_and_http_urls_as_file_data() {
        JsonNode body = write(request(user(new ContentPart.Text("What is this?"),
                ContentPart.Image.ofBase64("image/jpeg", "QUJD"),
                ContentPart.Image.ofUrl("data:image/webp;base64,REVG", null),
                ContentPart.Image.ofUrl("https://example.com/cat.PNG?size=large", "high"),
                ContentPart.Image.ofUrl("https://example.com/picture", null))).build());

        JsonNode parts = body.at("/contents/0/parts");
        assertThat(parts.get(1).get("inlineData")).isEqualTo(JSON.createObjectNode().put("mimeType", "image/jpeg").put("data", "QUJD"));
        assertThat(parts.get(2).get("inlineData")).isEqualTo(JSON.createObjectNode().put("mimeType", "image/webp").put("data", "REVG"));
        assertThat(parts.get(3).get("fileData")).isEqualTo(JSON.createObjectNode()
                .put("mimeType", "image/png").put("fileUri", "https://example.com/cat.PNG?size=large"));
        assertThat(parts.get(4).get("fileData")).isEqualTo(JSON.createObjectNode().put("fileUri", "https://example.com/picture"));
    }

    @Test
    void should_reject_a_data_url_that_is_not_base64() {
        ChatRequest r = request(user(ContentPart.Image.ofUrl("data:image/svg+xml,%3Csvg%3E", null))).build();

        assertThatThrownBy(() -> GeminiCodec.writeRequest(r)).isInstanceOf(GantryException.class)
                .hasMessageContaining("base64").extracting(e -> ((GantryException) e).kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
    }

    @Test
    void should_write_assistant_tool_calls_as_model_function_calls_with_parsed_arguments() {
        JsonNode body = write(request(ChatMessage.user("Weather?"),
                ChatMessage.assistantToolCalls("Checking.", List.of(
                        new ToolCall("call_a", "get_weather", "{\"city\":\"Paris\",\"days\":2}"),
                        new ToolCall("call_b", "get_time", "")))).build());

        JsonNode model = body.at("/contents/1");
        assertThat(model.get("role").asText()).isEqualTo("model");
        assertThat(model.at("/parts/0/text").asText()).isEqualTo("Checking.");
        assertThat(model.at("/parts/1/functionCall/name").asText()).isEqualTo("get_weather");
        assertThat(model.at("/parts/1/functionCall/args")).isEqualTo(JSON.createObjectNode().put("city", "Paris").put("days", 2));
        assertThat(model.at("/parts/2/functionCall/args")).isEqualTo(JSON.createObjectNode());
        assertThat(model.at("/parts/1/thoughtSignature").isMissingNode()).isTrue();
    }

    @Test
    void should_reject_tool_call_arguments_that_are_not_a_json_object() {
        ChatRequest r = request(ChatMessage.assistantToolCalls(null, List.of(new ToolCall("c1", "f", "[1,2]")))).build();

        assertThatThrownBy(() -> GeminiCodec.writeRequest(r)).isInstanceOf(GantryException.class)
                .hasMessageContaining("'c1'").hasMessageContaining("not a JSON object");
    }

    @Test
    void should_name_each_function_response_after_the_earlier_call_with_that_id_and_merge_parallel_results() {
        JsonNode body = write(request(ChatMessage.user("Weather and time in Paris?"),
                ChatMessage.assistantToolCalls(null, List.of(new ToolCall("call_1", "get_weather", "{}"),
                        new ToolCall("call_2", "get_time", "{}"))),
                ChatMessage.toolResult("call_2", "{\"time\":\"12:00\"}"),
                ChatMessage.toolResult("call_1", "sunny"),
                ChatMessage.user("Thanks")).build());

        assertThat(body.get("contents")).hasSize(3);
        JsonNode results = body.at("/contents/2");
        assertThat(results.get("role").asText()).isEqualTo("user");
        assertThat(results.at("/parts/0/functionResponse/name").asText()).isEqualTo("get_time");
        assertThat(results.at("/parts/0/functionResponse/response")).isEqualTo(JSON.createObjectNode().put("time", "12:00"));
        assertThat(results.at("/parts/1/functionResponse/name").asText()).isEqualTo("get_weather");
        assertThat(results.at("/parts/1/functionResponse/response")).isEqualTo(JSON.createObjectNode().put("result", "sunny"));
        assertThat(results.at("/parts/2/text").asText()).isEqualTo("Thanks");
    }

    @Test
    void should_use_the_latest_call_when_an_id_repeats_across_turns() {
        JsonNode body = write(request(ChatMessage.user("a"),
                ChatMessage.assistantToolCalls(null, List.of(new ToolCall("call_0", "first_tool", "{}"))),
                ChatMessage.toolResult("call_0", "1"),
                ChatMessage.assistantToolCalls(null, List.of(new ToolCall("call_0", "second_tool", "{}"))),
                ChatMessage.toolResult("call_0", "2")).build());

        assertThat(body.at("/contents/2/parts/0/functionResponse/name").asText()).isEqualTo("first_tool");
        assertThat(body.at("/contents/4/parts/0/functionResponse/name").asText()).isEqualTo("second_tool");
    }

    @Test
    void should_wrap_a_failed_tool_result_under_error() {
        ChatMessage failed = new ChatMessage(Role.TOOL, List.of(new ContentPart.Text("city not found")), null, "c1", null, true);
        JsonNode body = write(request(ChatMessage.assistantToolCalls(null, List.of(new ToolCall("c1", "get_weather", "{}"))),
                failed).build());

        assertThat(body.at("/contents/1/parts/0/functionResponse/response"))
                .isEqualTo(JSON.createObjectNode().put("error", "city not found"));
    }

    @Test
    void should_wrap_json_that_is_not_an_object_as_a_result() {
        JsonNode body = write(request(ChatMessage.assistantToolCalls(null, List.of(new ToolCall("c1", "list", "{}"))),
                ChatMessage.toolResult("c1", "[1,2,3]")).build());

        assertThat(body.at("/contents/1/parts/0/functionResponse/response/result").asText()).isEqualTo("[1,2,3]");
    }

    @Test
    void should_reject_a_tool_result_whose_call_is_unknown() {
        ChatRequest r = request(ChatMessage.user("hi"), ChatMessage.toolResult("call_9", "x")).build();

        assertThatThrownBy(() -> GeminiCodec.writeRequest(r)).isInstanceOf(GantryException.class)
                .hasMessageContaining("call_9").hasMessageContaining("matches no earlier assistant tool call");
    }

    @Test
    void should_merge_consecutive_messages_of_the_same_role() {
        JsonNode body = write(request(ChatMessage.user("one"), ChatMessage.user("two"),
                ChatMessage.assistant("three"), ChatMessage.assistant("four"), ChatMessage.user("five")).build());

        assertThat(body.get("contents")).hasSize(3);
        assertThat(body.at("/contents/0/parts")).hasSize(2);
        assertThat(body.at("/contents/1/parts/1/text").asText()).isEqualTo("four");
        assertThat(body.at("/contents/2/role").asText()).isEqualTo("user");
    }

    @Test
    void should_drop_unsigned_thinking_and_put_signatures_on_the_function_calls() {
        ChatMessage assistant = new ChatMessage(Role.ASSISTANT, List.of(
                new ContentPart.Thinking("let me think", null, null),
                new ContentPart.Thinking("plan", "SIG1", null),
                new ContentPart.Text("On it.")),
                List.of(new ToolCall("c1", "a", "{}"), new ToolCall("c2", "b", "{}")), null, null, false);
        JsonNode parts = write(request(ChatMessage.user("go"), assistant).build()).at("/contents/1/parts");

        assertThat(parts).hasSize(3);
        assertThat(parts.get(0).get("text").asText()).isEqualTo("On it.");
        assertThat(parts.get(0).has("thoughtSignature")).isFalse();
        assertThat(parts.get(1).get("thoughtSignature").asText()).isEqualTo("SIG1");
        assertThat(parts.get(2).has("thoughtSignature")).isFalse();
        assertThat(parts.toString()).doesNotContain("let me think").doesNotContain("plan");
    }

    @Test
    void should_put_a_signature_on_the_last_text_part_when_there_is_no_function_call() {
        ChatMessage assistant = new ChatMessage(Role.ASSISTANT, List.of(new ContentPart.Thinking("", "SIG", null),
                new ContentPart.Text("a"), new ContentPart.Text("b")), null, null, null, false);
        JsonNode parts = write(request(ChatMessage.user("go"), assistant).build()).at("/contents/1/parts");

        assertThat(parts.get(0).has("thoughtSignature")).isFalse();
        assertThat(parts.get(1).get("thoughtSignature").asText()).isEqualTo("SIG");
    }

    @Test
    void should_mark_an_unsigned_first_function_call_for_models_that_require_signatures() {
        ChatMessage calls = ChatMessage.assistantToolCalls(null, List.of(new ToolCall("c1", "a", "{}"), new ToolCall("c2", "b", "{}")));

        JsonNode gemini3 = write(request(ChatMessage.user("go"), calls).model("gemini-3-pro-preview").build());
        JsonNode gemini25 = write(request(ChatMessage.user("go"), calls).model("models/gemini-2.5-pro").build());

        assertThat(gemini3.at("/contents/1/parts/0/thoughtSignature").asText()).isEqualTo("skip_thought_signature_validator");
        assertThat(gemini3.at("/contents/1/parts/1/thoughtSignature").isMissingNode()).isTrue();
        assertThat(gemini25.at("/contents/1/parts/0/thoughtSignature").isMissingNode()).isTrue();
    }

    @Test
    void should_declare_tools_as_function_declarations() {
        Map<String, Object> schema = Map.of("$schema", "https://json-schema.org/draft/2020-12/schema", "type", "object",
                "properties", Map.of("city", Map.of("type", "string")), "required", List.of("city"),
                "additionalProperties", false);
        JsonNode body = write(request(ChatMessage.user("hi")).tools(List.of(
                new ToolSpec("get_weather", "Weather now", schema), new ToolSpec("ping", null, null))).build());

        JsonNode declarations = body.at("/tools/0/functionDeclarations");
        assertThat(body.get("tools")).hasSize(1);
        assertThat(declarations.get(0).get("name").asText()).isEqualTo("get_weather");
        assertThat(declarations.get(0).get("description").asText()).isEqualTo("Weather now");
        assertThat(declarations.get(0).get("parameters").has("$schema")).isFalse();
        assertThat(declarations.get(0).get("parameters").has("additionalProperties")).isFalse();
        assertThat(declarations.get(0).at("/parameters/properties/city/type").asText()).isEqualTo("string");
        assertThat(declarations.get(1).has("parameters")).isFalse();
        assertThat(declarations.get(1).has("description")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"AUTO,,AUTO", "NONE,,NONE", "REQUIRED,,ANY", "FUNCTION,get_weather,ANY"})
    void should_map_tool_choice_to_a_function_calling_mode(ToolChoice.Mode mode, String function, String expected) {
        JsonNode body = write(request(ChatMessage.user("hi")).tools(List.of(new ToolSpec("get_weather", null, null)))
                .toolChoice(new ToolChoice(mode, function)).build());

        JsonNode config = body.at("/toolConfig/functionCallingConfig");
        assertThat(config.get("mode").asText()).isEqualTo(expected);
        if (function != null) assertThat(config.at("/allowedFunctionNames/0").asText()).isEqualTo(function);
        else assertThat(config.has("allowedFunctionNames")).isFalse();
    }

    @Test
    void should_send_no_tool_config_without_tools() {
        JsonNode body = write(request(ChatMessage.user("hi")).toolChoice(ToolChoice.NONE).build());

        assertThat(body.has("toolConfig")).isFalse();
        assertThat(body.has("tools")).isFalse();
    }

    @Test
    void should_send_only_fields_gemini_knows() {
        JsonNode body = write(request(ChatMessage.user("hi")).user("u-1").metadata(Map.of("k", "v"))
                .parallelToolCalls(false).stream(true).includeUsage(true)
                .extra(Map.of("safety_identifier", "x", "service_tier", "flex")).build());

        assertThat(body.properties()).extracting(Map.Entry::getKey).containsExactly("contents");
    }
}
