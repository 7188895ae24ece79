package dev.gantry.provider.anthropic;

import static dev.gantry.provider.anthropic.Fixtures.body;
import static dev.gantry.provider.anthropic.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.ResponseFormat;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.chat.ToolChoice;
import dev.gantry.core.chat.ToolSpec;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Requests that come from other dialects (OpenAI-shaped) going out to Anthropic. */
class AnthropicCodecOutboundTest {
    private static final ToolSpec WEATHER = new ToolSpec("get_weather", "Weather", Map.of("type", "object"));
    private static final Map<String, Object> SCHEMA = Map.of("type", "object",
            "properties", Map.of("answer", Map.of("type", "string")));

    private static ChatRequest.Builder request(ChatMessage... messages) {
        return ChatRequest.builder().model("claude-haiku-4-5").messages(List.of(messages));
    }

    private static JsonNode write(ChatRequest.Builder request) {
        return json(AnthropicCodec.writeRequest(request.build(), 1000));
    }

    @Test
    void should_use_the_default_max_tokens_when_the_request_sets_none() {
        assertThat(write(request(ChatMessage.user("hi"))).get("max_tokens").intValue()).isEqualTo(1000);
        assertThat(write(request(ChatMessage.user("hi")).maxTokens(7)).get("max_tokens").intValue()).isEqualTo(7);
    }

    @Test
    void should_hoist_system_and_developer_messages_into_the_system_parameter() {
        JsonNode out = write(request(ChatMessage.system("Be brief."), ChatMessage.user("hi"),
                new ChatMessage(Role.DEVELOPER, List.of(new ContentPart.Text("Use metric units.")), null, null, null, false)));

        assertThat(out.get("system")).isEqualTo(json(body(
                "[{'type':'text','text':'Be brief.'},{'type':'text','text':'Use metric units.'}]")));
        assertThat(out.get("messages")).isEqualTo(json(body("[{'role':'user','content':'hi'}]")));
    }

    @Test
    void should_merge_consecutive_tool_results_and_the_next_user_text_into_one_user_turn() {
        JsonNode out = write(request(ChatMessage.user("Paris and London?"),
                ChatMessage.assistantToolCalls("", List.of(new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}"),
                        new ToolCall("call_2", "get_weather", "{\"city\":\"London\"}"))),
                ChatMessage.toolResult("call_1", "18C"), ChatMessage.toolResult("call_2", "12C"),
                ChatMessage.user("Thanks, which is warmer?")));

        assertThat(out.get("messages")).isEqualTo(json(body("[{'role':'user','content':'Paris and London?'},"
                + "{'role':'assistant','content':["
                + "{'type':'tool_use','id':'call_1','name':'get_weather','input':{'city':'Paris'}},"
                + "{'type':'tool_use','id':'call_2','name':'get_weather','input':{'city':'London'}}]},"
                + "{'role':'user','content':[{'type':'tool_result','tool_use_id':'call_1','content':'18C'},"
                + "{'type':'tool_result','tool_use_id':'call_2','content':'12C'},"
                + "{'type':'text','text':'Thanks, which is warmer?'}]}]")));
    }

    @Test
    void should_keep_tool_results_first_in_their_turn() {
        JsonNode out = write(request(ChatMessage.user("one"), ChatMessage.toolResult("call_1", "r"), ChatMessage.user("two")));

        assertThat(out.get("messages")).isEqualTo(json(body("[{'role':'user','content':'one'},{'role':'user','content':["
                + "{'type':'tool_result','tool_use_id':'call_1','content':'r'},{'type':'text','text':'two'}]}]")));
    }

    @Test
    void should_keep_two_plain_user_messages_as_two_turns() {
        JsonNode out = write(request(ChatMessage.user("one"), ChatMessage.user("two")));

        assertThat(out.get("messages")).hasSize(2);
    }

    @Test
    void should_map_required_to_any_and_parallel_false_to_disable_parallel_tool_use() {
        JsonNode out = write(request(ChatMessage.user("hi")).tools(List.of(WEATHER))
                .toolChoice(ToolChoice.REQUIRED).parallelToolCalls(false));

        assertThat(out.get("tool_choice")).isEqualTo(json(body("{'type':'any','disable_parallel_tool_use':true}")));
    }

    @Test
    void should_send_parallel_false_alone_as_auto_without_parallel_calls() {
        JsonNode out = write(request(ChatMessage.user("hi")).tools(List.of(WEATHER)).parallelToolCalls(false));

        assertThat(out.get("tool_choice")).isEqualTo(json(body("{'type':'auto','disable_parallel_tool_use':true}")));
    }

    @Test
    void should_send_no_tool_choice_when_no_tools_are_offered() {
        JsonNode out = write(request(ChatMessage.user("hi")).toolChoice(ToolChoice.AUTO));

        assertThat(out.has("tool_choice")).isFalse();
        assertThat(out.has("tools")).isFalse();
    }

    @Test
    void should_give_a_tool_without_parameters_an_empty_object_schema() {
        JsonNode out = write(request(ChatMessage.user("hi")).tools(List.of(new ToolSpec("now", null, null))));

        assertThat(out.get("tools")).isEqualTo(json(body(
                "[{'name':'now','input_schema':{'type':'object','properties':{}}}]")));
    }

    @Test
    void should_turn_a_json_schema_into_a_forced_answer_tool() {
        ChatRequest r = request(ChatMessage.user("hi"))
                .responseFormat(new ResponseFormat(ResponseFormat.Type.JSON_SCHEMA, "verdict", "The verdict", SCHEMA, true))
                .build();

        JsonNode out = json(AnthropicCodec.writeRequest(r, 100));

        assertThat(AnthropicCodec.answerToolName(r)).isEqualTo("verdict");
        assertThat(out.get("tools")).isEqualTo(json(body("[{'name':'verdict','description':'The verdict',"
                + "'input_schema':{'type':'object','properties':{'answer':{'type':'string'}}}}]")));
        assertThat(out.get("tool_choice")).isEqualTo(json(body("{'type':'tool','name':'verdict'}")));
        assertThat(out.has("system")).isFalse();
    }

    @Test
    void should_let_the_model_pick_between_client_tools_and_the_answer_tool() {
        JsonNode out = write(request(ChatMessage.user("hi")).tools(List.of(WEATHER))
                .responseFormat(new ResponseFormat(ResponseFormat.Type.JSON_SCHEMA, null, null, SCHEMA, null)));

        assertThat(out.at("/tools/1/name").asText()).isEqualTo("json_response");
        assertThat(out.get("tool_choice")).isEqualTo(json(body("{'type':'any'}")));
    }

    @Test
    void should_ask_for_the_answer_tool_in_the_system_prompt_when_thinking_forbids_forcing() {
        JsonNode out = write(request(ChatMessage.system("Be brief."), ChatMessage.user("hi"))
                .thinking(Map.of("type", "enabled", "budget_tokens", 2000))
                .responseFormat(new ResponseFormat(ResponseFormat.Type.JSON_SCHEMA, "verdict", null, SCHEMA, null)));

        assertThat(out.get("tool_choice")).isEqualTo(json(body("{'type':'auto'}")));
        assertThat(out.get("system").get(1).get("text").asText()).contains("calling the tool 'verdict'");
    }

    @Test
    void should_explain_json_object_in_a_system_note() {
        JsonNode out = write(request(ChatMessage.user("hi")).responseFormat(ResponseFormat.JSON_OBJECT));

        assertThat(out.get("system").asText()).contains("one valid JSON object");
    }

    @Test
    void should_refuse_more_than_one_choice() {
        assertThatThrownBy(() -> write(request(ChatMessage.user("hi")).n(2)))
                .isInstanceOfSatisfying(GantryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
                    assertThat(e.param()).isEqualTo("n");
                    assertThat(e.getMessage()).contains("n > 1 is not supported by Anthropic");
                });
    }

    @Test
    void should_drop_what_anthropic_has_no_field_for_and_put_the_user_in_metadata() {
        JsonNode out = write(request(ChatMessage.user("hi")).n(1).seed(7L).logprobs(true).topLogprobs(3)
                .presencePenalty(0.5).frequencyPenalty(0.5).user("u-1").includeUsage(true)
                .metadata(Map.of("purpose", "test")).extra(Map.of("store", true)));

        assertThat(out).isEqualTo(json(body("{'model':'claude-haiku-4-5','max_tokens':1000,"
                + "'messages':[{'role':'user','content':'hi'}],'metadata':{'user_id':'u-1'}}")));
    }

    @Test
    void should_turn_reasoning_effort_into_a_thinking_budget_within_max_tokens() {
        assertThat(write(request(ChatMessage.user("hi")).reasoningEffort("high").maxTokens(20000)).get("thinking"))
                .isEqualTo(json(body("{'type':'enabled','budget_tokens':4096}")));
        assertThat(write(request(ChatMessage.user("hi")).reasoningEffort("high").maxTokens(3000)).get("thinking"))
                .isEqualTo(json(body("{'type':'enabled','budget_tokens':1500}")));
        assertThat(write(request(ChatMessage.user("hi")).reasoningEffort("low").maxTokens(1500)).has("thinking"))
                .as("no room for the minimum budget").isFalse();
    }

    @Test
    void should_send_a_data_url_image_as_base64_and_a_web_url_as_url() {
        JsonNode out = write(request(new ChatMessage(Role.USER, List.of(
                ContentPart.Image.ofUrl("data:image/jpeg;base64,/9j/4AAQ", "high"),
                ContentPart.Image.ofUrl("https://example.com/a.png", null)), null, null, null, false)));

        assertThat(out.at("/messages/0/content")).isEqualTo(json(body("["
                + "{'type':'image','source':{'type':'base64','media_type':'image/jpeg','data':'/9j/4AAQ'}},"
                + "{'type':'image','source':{'type':'url','url':'https://example.com/a.png'}}]")));
    }

    @Test
    void should_refuse_a_data_url_that_is_not_base64() {
        assertThatThrownBy(() -> write(request(new ChatMessage(Role.USER,
                List.of(ContentPart.Image.ofUrl("data:image/svg+xml,<svg/>", null)), null, null, null, false))))
                .isInstanceOf(GantryException.class).hasMessageContaining("base64 data URL");
    }

    @Test
    void should_drop_reasoning_without_a_signature_and_empty_text_next_to_tool_calls() {
        ChatMessage assistant = new ChatMessage(Role.ASSISTANT, List.of(new ContentPart.Thinking("hmm", null, null),
                new ContentPart.Text("")), List.of(new ToolCall("call_1", "now", null)), null, null, false);

        JsonNode out = write(request(ChatMessage.user("time?"), assistant, ChatMessage.toolResult("call_1", "noon")));

        assertThat(out.at("/messages/1/content")).isEqualTo(json(body(
                "[{'type':'tool_use','id':'call_1','name':'now','input':{}}]")));
    }

    @Test
    void should_refuse_tool_arguments_that_are_not_a_json_object() {
        ChatMessage assistant = ChatMessage.assistantToolCalls(null, List.of(new ToolCall("call_9", "f", "{broken")));

        assertThatThrownBy(() -> write(request(ChatMessage.user("x"), assistant)))
                .isInstanceOf(GantryException.class).hasMessageContaining("call_9").hasMessageContaining("JSON object");
    }

    @Test
    void should_hoist_the_cache_marker_of_a_single_text_tool_result_onto_the_block() {
        ChatMessage tool = new ChatMessage(Role.TOOL, List.of(new ContentPart.Text("ok", Map.of("type", "ephemeral"))),
                null, "call_1", null, true);

        JsonNode out = write(request(ChatMessage.user("x"), tool));

        assertThat(out.at("/messages/1/content/0")).as("tool results open their own turn after user text").isEqualTo(json(body("{'type':'tool_result','tool_use_id':'call_1',"
                + "'content':'ok','is_error':true,'cache_control':{'type':'ephemeral'}}")));
    }

    @Test
    void should_not_send_strict_on_tools() {
        JsonNode out = write(request(ChatMessage.user("hi"))
                .tools(List.of(new ToolSpec("f", null, Map.of("type", "object"), true, null))));

        assertThat(out.at("/tools/0").has("strict")).isFalse();
    }
}
