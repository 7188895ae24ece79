package dev.gantry.provider.anthropic;

import static dev.gantry.provider.anthropic.Fixtures.body;
import static dev.gantry.provider.anthropic.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.ResponseFormat;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.chat.ToolChoice;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnthropicCodecRequestTest {

    @Test
    void should_write_back_exactly_the_request_it_read() {
        byte[] original = Fixtures.bytes("full-request.json");

        byte[] written = AnthropicCodec.writeRequest(AnthropicCodec.readRequest(original), 4096);

        assertThat(json(written)).isEqualTo(json(original));
    }

    @Test
    void should_read_system_blocks_as_system_text_parts_with_their_cache_marker() {
        ChatRequest r = AnthropicCodec.readRequest(Fixtures.bytes("full-request.json"));

        ChatMessage system = r.messages().getFirst();
        assertThat(system.role()).isEqualTo(Role.SYSTEM);
        assertThat(system.content()).containsExactly(new ContentPart.Text("You are a weather assistant."),
                new ContentPart.Text("Long reference text worth caching.", Map.of("type", "ephemeral")));
    }

    @Test
    void should_read_thinking_with_its_signature_and_redacted_thinking_with_its_data() {
        ChatRequest r = AnthropicCodec.readRequest(Fixtures.bytes("full-request.json"));

        assertThat(r.messages().get(2).content().getFirst())
                .isEqualTo(new ContentPart.Thinking("I should call the tool twice.", "EqQBCkYIBxgCKkD0sig==", null));
        assertThat(r.messages().get(6).content().getFirst())
                .isEqualTo(new ContentPart.Thinking(null, null, "EmwKAhgBEgy3va3pzix"));
    }

    @Test
    void should_read_tool_use_as_tool_calls_with_the_input_as_json_text() {
        ChatRequest r = AnthropicCodec.readRequest(Fixtures.bytes("full-request.json"));

        assertThat(r.messages().get(2).toolCalls()).containsExactly(
                new ToolCall("toolu_01A", "get_weather", "{\"city\":\"Paris\"}"),
                new ToolCall("toolu_01B", "get_weather", "{\"city\":\"London\",\"unit\":\"c\"}"));
    }

    @Test
    void should_split_a_user_turn_into_one_tool_message_per_result_in_order() {
        ChatRequest r = AnthropicCodec.readRequest(Fixtures.bytes("full-request.json"));

        assertThat(r.messages().subList(3, 6)).extracting(ChatMessage::role)
                .containsExactly(Role.TOOL, Role.TOOL, Role.USER);
        ChatMessage failed = r.messages().get(4);
        assertThat(failed.toolCallId()).isEqualTo("toolu_01B");
        assertThat(failed.isError()).isTrue();
        assertThat(failed.content()).containsExactly(new ContentPart.Text("Service down"),
                ContentPart.Image.ofBase64("image/png", "iVBORw0KGgo="));
        assertThat(r.messages().get(5).text()).isEqualTo("Retry London, please.");
    }

    @Test
    void should_read_sampling_tools_thinking_and_metadata() {
        ChatRequest r = AnthropicCodec.readRequest(Fixtures.bytes("full-request.json"));

        assertThat(r.model()).isEqualTo("claude-sonnet-4-5");
        assertThat(r.maxTokens()).isEqualTo(2048);
        assertThat(r.temperature()).isEqualTo(0.5);
        assertThat(r.topP()).isEqualTo(0.9);
        assertThat(r.topK()).isEqualTo(40);
        assertThat(r.stop()).containsExactly("\n\nHuman:", "END");
        assertThat(r.stream()).isTrue();
        assertThat(r.includeUsage()).as("Anthropic clients always get usage").isTrue();
        assertThat(r.toolChoice()).isEqualTo(ToolChoice.AUTO);
        assertThat(r.parallelToolCalls()).isTrue();
        assertThat(r.tools().getFirst().cacheControl()).isEqualTo(Map.of("type", "ephemeral"));
        assertThat(r.thinking()).isEqualTo(Map.of("type", "enabled", "budget_tokens", 1024));
        assertThat(r.metadata()).isEqualTo(Map.of("user_id", "user-42"));
    }

    @Test
    void should_keep_unknown_top_level_fields_in_extra_and_not_send_them_to_anthropic() {
        ChatRequest r = AnthropicCodec.readRequest(body(
                "{'model':'m','max_tokens':5,'messages':[{'role':'user','content':'hi'}],"
                        + "'service_tier':'auto','container':{'id':'c1'}}"));

        assertThat(r.extra()).containsEntry("service_tier", "auto").containsEntry("container", Map.of("id", "c1"));
        assertThat(json(AnthropicCodec.writeRequest(r, 100)).has("service_tier")).isFalse();
    }

    @Test
    void should_read_a_system_role_message_where_it_stands_and_hoist_it_when_writing() {
        ChatRequest r = AnthropicCodec.readRequest(body("{'model':'m','max_tokens':5,'messages':[{'role':'user','content':'hi'},"
                + "{'role':'system','content':'Now answer in French.'},{'role':'user','content':'bye'}]}"));

        assertThat(r.messages()).extracting(ChatMessage::role).containsExactly(Role.USER, Role.SYSTEM, Role.USER);
        assertThat(json(AnthropicCodec.writeRequest(r, 5)).get("system").asText()).isEqualTo("Now answer in French.");
    }

    @Test
    void should_read_output_config_as_response_format_and_reasoning_effort() {
        ChatRequest r = AnthropicCodec.readRequest(body("{'model':'m','max_tokens':5,'messages':[{'role':'user','content':'hi'}],"
                + "'output_config':{'effort':'high','format':{'type':'json_schema','schema':{'type':'object'}}}}"));

        assertThat(r.responseFormat()).isEqualTo(new ResponseFormat(ResponseFormat.Type.JSON_SCHEMA, null, null,
                Map.of("type", "object"), null));
        assertThat(r.reasoningEffort()).isEqualTo("high");
        assertThat(AnthropicCodec.answerToolName(r)).isEqualTo("json_response");
    }

    @Test
    void should_map_tool_choices_both_ways() {
        for (String choice : List.of("{'type':'any'}", "{'type':'none'}", "{'type':'tool','name':'get_weather'}",
                "{'type':'auto','disable_parallel_tool_use':true}")) {
            byte[] in = body("{'model':'m','max_tokens':5,'messages':[{'role':'user','content':'hi'}],"
                    + "'tools':[{'name':'get_weather','input_schema':{'type':'object'}}],'tool_choice':" + choice + "}");

            assertThat(json(AnthropicCodec.writeRequest(AnthropicCodec.readRequest(in), 5)).get("tool_choice"))
                    .as(choice).isEqualTo(json(body(choice)));
        }
        ChatRequest any = AnthropicCodec.readRequest(body("{'model':'m','max_tokens':5,'messages':[{'role':'user',"
                + "'content':'hi'}],'tool_choice':{'type':'any','disable_parallel_tool_use':true}}"));
        assertThat(any.toolChoice()).isEqualTo(ToolChoice.REQUIRED);
        assertThat(any.parallelToolCalls()).isFalse();
    }

    @Test
    void should_send_a_plain_string_as_a_string_and_skip_null_fields() {
        ChatRequest r = AnthropicCodec.readRequest(body(
                "{'model':'m','max_tokens':5,'temperature':null,'messages':[{'role':'user','content':'hi'}]}"));

        JsonNode out = json(AnthropicCodec.writeRequest(r, 99));

        assertThat(out).isEqualTo(json(body("{'model':'m','max_tokens':5,'messages':[{'role':'user','content':'hi'}]}")));
    }
}
