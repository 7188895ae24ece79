package dev.gantry.provider.anthropic;

import static dev.gantry.provider.anthropic.Fixtures.body;
import static dev.gantry.provider.anthropic.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.Choice;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnthropicCodecResponseTest {
    private static final String FULL = "{'id':'msg_01','type':'message','role':'assistant','model':'claude-x',"
            + "'content':[{'type':'thinking','thinking':'Paris it is.','signature':'sig=='},"
            + "{'type':'redacted_thinking','data':'opaque'},"
            + "{'type':'text','text':'Checking.'},"
            + "{'type':'tool_use','id':'toolu_1','name':'get_weather','input':{'city':'Paris'}}],"
            + "'stop_reason':'tool_use','stop_sequence':null,"
            + "'usage':{'input_tokens':10,'cache_creation_input_tokens':20,'cache_read_input_tokens':30,'output_tokens':5}}";

    @Test
    void should_read_every_block_kind_the_finish_reason_and_the_usage() {
        ChatResponse r = AnthropicCodec.readResponse(body(FULL));

        assertThat(r.id()).isEqualTo("msg_01");
        assertThat(r.model()).isEqualTo("claude-x");
        assertThat(r.message().content()).containsExactly(new ContentPart.Thinking("Paris it is.", "sig==", null),
                new ContentPart.Thinking(null, null, "opaque"), new ContentPart.Text("Checking."));
        assertThat(r.message().toolCalls()).containsExactly(new ToolCall("toolu_1", "get_weather", "{\"city\":\"Paris\"}"));
        assertThat(r.choices().getFirst().finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
        assertThat(r.usage()).as("input counts cache reads and writes").isEqualTo(new Usage(60, 5, 30, 20, 0));
    }

    @ParameterizedTest
    @CsvSource({"end_turn,STOP", "stop_sequence,STOP", "max_tokens,LENGTH", "tool_use,TOOL_CALLS",
            "refusal,CONTENT_FILTER", "pause_turn,STOP", "model_context_window_exceeded,LENGTH"})
    void should_map_each_stop_reason(String stopReason, FinishReason expected) {
        ChatResponse r = AnthropicCodec.readResponse(body("{'id':'m','content':[],'stop_reason':'" + stopReason + "'}"));

        assertThat(r.choices().getFirst().finishReason()).isEqualTo(expected);
    }

    @Test
    void should_keep_the_stop_sequence_that_ended_the_answer() {
        ChatResponse r = AnthropicCodec.readResponse(body(
                "{'id':'m','content':[{'type':'text','text':'a'}],'stop_reason':'stop_sequence','stop_sequence':'END'}"));

        assertThat(r.stopSequence()).isEqualTo("END");
        assertThat(json(AnthropicCodec.writeResponse(r, null)).get("stop_reason").asText()).isEqualTo("stop_sequence");
    }

    @Test
    void should_turn_the_answer_tool_call_into_the_answer_text() {
        ChatResponse r = AnthropicCodec.readResponse(body("{'id':'m','content':[{'type':'text','text':'Here you go:'},"
                + "{'type':'tool_use','id':'t','name':'verdict','input':{'answer':'yes'}}],'stop_reason':'tool_use'}"), "verdict");

        assertThat(r.message().text()).isEqualTo("{\"answer\":\"yes\"}");
        assertThat(r.message().toolCalls()).isEmpty();
        assertThat(r.choices().getFirst().finishReason()).isEqualTo(FinishReason.STOP);
    }

    @Test
    void should_fail_a_body_that_is_not_a_messages_response_as_malformed() {
        for (String bad : List.of("not json", "{'id':'m'}", "[]")) {
            assertThatThrownBy(() -> AnthropicCodec.readResponse(body(bad))).as(bad)
                    .isInstanceOfSatisfying(GantryException.class,
                            e -> assertThat(e.kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE));
        }
    }

    @Test
    void should_write_back_the_response_it_read() {
        JsonNode written = json(AnthropicCodec.writeResponse(AnthropicCodec.readResponse(body(FULL)), "claude-x"));

        assertThat(written).isEqualTo(json(body(FULL)));
    }

    @Test
    void should_write_an_openai_answer_for_an_anthropic_client() {
        ChatMessage message = new ChatMessage(Role.ASSISTANT, List.of(new ContentPart.Thinking("because", null, null),
                new ContentPart.Text("Calling.")), List.of(new ToolCall("call_7", "f", "{\"a\":1}"),
                new ToolCall("call_8", "g", "not json")), null, null, false);
        ChatResponse response = new ChatResponse("chatcmpl-9", "gpt-4o", 1L,
                List.of(new Choice(0, message, FinishReason.TOOL_CALLS, null)), new Usage(100, 7, 40, 0, 3), null, null);

        JsonNode out = json(AnthropicCodec.writeResponse(response, "my-alias"));

        assertThat(out).isEqualTo(json(body("{'id':'msg_chatcmpl-9','type':'message','role':'assistant','model':'my-alias',"
                + "'content':[{'type':'thinking','thinking':'because','signature':''},{'type':'text','text':'Calling.'},"
                + "{'type':'tool_use','id':'call_7','name':'f','input':{'a':1}},"
                + "{'type':'tool_use','id':'call_8','name':'g','input':'not json'}],"
                + "'stop_reason':'tool_use','stop_sequence':null,'usage':{'input_tokens':60,"
                + "'cache_creation_input_tokens':0,'cache_read_input_tokens':40,'output_tokens':7,"
                + "'output_tokens_details':{'thinking_tokens':3}}}")));
    }

    @ParameterizedTest
    @CsvSource({"STOP,end_turn", "LENGTH,max_tokens", "TOOL_CALLS,tool_use", "CONTENT_FILTER,refusal"})
    void should_write_each_finish_reason_as_a_stop_reason(FinishReason finish, String expected) {
        ChatResponse response = new ChatResponse("x", "m", 1L,
                List.of(new Choice(0, ChatMessage.assistant("a"), finish, null)), Usage.of(1, 1), null, null);

        assertThat(json(AnthropicCodec.writeResponse(response, null)).get("stop_reason").asText()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"INVALID_REQUEST,invalid_request_error", "CONTEXT_LENGTH_EXCEEDED,invalid_request_error",
            "AUTHENTICATION,authentication_error", "PERMISSION,permission_error", "NOT_FOUND,not_found_error",
            "PAYLOAD_TOO_LARGE,request_too_large", "RATE_LIMITED,rate_limit_error", "BUDGET_EXCEEDED,rate_limit_error",
            "UPSTREAM_UNAVAILABLE,overloaded_error", "UPSTREAM_ERROR,api_error", "TIMEOUT,api_error", "INTERNAL,api_error"})
    void should_write_errors_with_anthropic_error_types(ErrorKind kind, String type) {
        JsonNode out = json(AnthropicCodec.writeError(new GantryException(kind, "what went wrong")));

        assertThat(out).isEqualTo(json(body("{'type':'error','error':{'type':'" + type + "','message':'what went wrong'}}")));
    }
}
