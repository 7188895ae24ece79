package dev.gantry.provider.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.Choice;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeminiCodecResponseTest {

    static ChatResponse read(String json) {
        return GeminiCodec.readResponse(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8), "gemini-2.5-flash");
    }

    @Test
    void should_join_text_parts_and_map_usage_and_id() {
        ChatResponse r = read("""
                {'candidates':[{'content':{'role':'model','parts':[{'text':'Hello '},{'text':'world'}]},
                  'finishReason':'STOP','index':0}],
                 'usageMetadata':{'promptTokenCount':12,'candidatesTokenCount':5,'thoughtsTokenCount':7,
                  'cachedContentTokenCount':4,'totalTokenCount':24},
                 'modelVersion':'gemini-2.5-flash-001','responseId':'resp-1'}""");

        assertThat(r.id()).isEqualTo("resp-1");
        assertThat(r.model()).isEqualTo("gemini-2.5-flash");
        assertThat(r.created()).isPositive();
        assertThat(r.message().role()).isEqualTo(Role.ASSISTANT);
        assertThat(r.message().content()).containsExactly(new ContentPart.Text("Hello world"));
        assertThat(r.choices().get(0).finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(r.usage()).isEqualTo(new Usage(12, 12, 4, 0, 7));
    }

    @Test
    void should_generate_an_id_when_gemini_gives_none() {
        ChatResponse r = read("{'candidates':[{'content':{'parts':[{'text':'x'}]},'finishReason':'STOP'}]}");

        assertThat(r.id()).startsWith("gemini-");
        assertThat(r.usage()).isEqualTo(Usage.ZERO);
    }

    @Test
    void should_map_function_calls_to_tool_calls_with_stable_ids() {
        ChatResponse r = read("""
                {'candidates':[{'content':{'role':'model','parts':[
                  {'functionCall':{'name':'get_weather','args':{'city':'Paris'}}},
                  {'functionCall':{'id':'fc-9','name':'get_time','args':{}}},
                  {'functionCall':{'name':'ping'}}]},'finishReason':'STOP'}]}""");

        assertThat(r.message().toolCalls()).containsExactly(
                new ToolCall("call_0", "get_weather", "{\"city\":\"Paris\"}"),
                new ToolCall("fc-9", "get_time", "{}"),
                new ToolCall("call_2", "ping", "{}"));
        assertThat(r.message().content()).isEmpty();
        assertThat(r.choices().get(0).finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
    }

    @Test
    void should_read_thought_parts_as_thinking_and_keep_signatures() {
        ChatResponse r = read("""
                {'candidates':[{'content':{'parts':[
                  {'text':'Weighing ','thought':true},{'text':'options.','thought':true},
                  {'functionCall':{'name':'search','args':{'q':'x'}},'thoughtSignature':'SIG-A'},
                  {'text':'Done.'}]},'finishReason':'STOP'}]}""");

        assertThat(r.message().content()).containsExactly(
                new ContentPart.Thinking("Weighing options.", "SIG-A", null), new ContentPart.Text("Done."));
        assertThat(r.message().toolCalls()).extracting(ToolCall::name).containsExactly("search");
    }

    @Test
    void should_keep_a_signature_without_thought_text_as_empty_signed_thinking() {
        ChatResponse r = read("{'candidates':[{'content':{'parts':[{'text':'Hi','thoughtSignature':'S'}]},'finishReason':'STOP'}]}");

        assertThat(r.message().content()).containsExactly(new ContentPart.Thinking("", "S", null), new ContentPart.Text("Hi"));
    }

    @Test
    void should_keep_unsigned_thoughts_as_unsigned_thinking() {
        ChatResponse r = read("{'candidates':[{'content':{'parts':[{'text':'hmm','thought':true},{'text':'Yes'}]},'finishReason':'STOP'}]}");

        assertThat(r.message().content()).containsExactly(new ContentPart.Thinking("hmm", null, null), new ContentPart.Text("Yes"));
    }

    @ParameterizedTest
    @CsvSource({"STOP,STOP", "MAX_TOKENS,LENGTH", "SAFETY,CONTENT_FILTER", "RECITATION,CONTENT_FILTER",
            "BLOCKLIST,CONTENT_FILTER", "PROHIBITED_CONTENT,CONTENT_FILTER", "SPII,CONTENT_FILTER",
            "MALFORMED_FUNCTION_CALL,STOP", "OTHER,STOP", "LANGUAGE,STOP"})
    void should_map_finish_reasons(String gemini, FinishReason expected) {
        ChatResponse r = read("{'candidates':[{'content':{'parts':[{'text':'x'}]},'finishReason':'" + gemini + "'}]}");

        assertThat(r.choices().get(0).finishReason()).isEqualTo(expected);
    }

    @Test
    void should_answer_a_blocked_prompt_with_a_content_filter_choice() {
        ChatResponse r = read("{'promptFeedback':{'blockReason':'SAFETY'},'usageMetadata':{'promptTokenCount':9}}");

        assertThat(r.choices()).hasSize(1);
        assertThat(r.choices().get(0).finishReason()).isEqualTo(FinishReason.CONTENT_FILTER);
        assertThat(r.message().content()).isEmpty();
        assertThat(r.usage().inputTokens()).isEqualTo(9);
    }

    @Test
    void should_read_a_safety_stop_without_content_as_an_empty_filtered_message() {
        ChatResponse r = read("{'candidates':[{'finishReason':'SAFETY','safetyRatings':[]}]}");

        assertThat(r.message().content()).isEmpty();
        assertThat(r.choices().get(0).finishReason()).isEqualTo(FinishReason.CONTENT_FILTER);
    }

    @Test
    void should_map_each_candidate_to_a_choice() {
        ChatResponse r = read("""
                {'candidates':[{'content':{'parts':[{'text':'A'}]},'finishReason':'STOP','index':0},
                               {'content':{'parts':[{'text':'B'}]},'finishReason':'MAX_TOKENS','index':1}]}""");

        assertThat(r.choices()).extracting(Choice::index).containsExactly(0, 1);
        assertThat(r.choices().get(1).message().text()).isEqualTo("B");
        assertThat(r.choices().get(1).finishReason()).isEqualTo(FinishReason.LENGTH);
    }

    @Test
    void should_convert_logprobs_to_the_openai_shape() {
        ChatResponse r = read("""
                {'candidates':[{'content':{'parts':[{'text':'Hi'}]},'finishReason':'STOP','logprobsResult':{
                  'topCandidates':[{'candidates':[{'token':'Hi','logProbability':-0.1},{'token':'Hey','logProbability':-2.5}]}],
                  'chosenCandidates':[{'token':'Hi','logProbability':-0.1}]}}]}""");

        assertThat(r.choices().get(0).logprobs()).isEqualTo(Map.of("content", List.of(Map.of(
                "token", "Hi", "logprob", -0.1, "bytes", List.of(72, 105),
                "top_logprobs", List.of(Map.of("token", "Hi", "logprob", -0.1, "bytes", List.of(72, 105)),
                        Map.of("token", "Hey", "logprob", -2.5, "bytes", List.of(72, 101, 121)))))));
    }

    @Test
    void should_fail_as_malformed_when_the_body_is_not_json_or_has_no_candidates() {
        assertThatThrownBy(() -> GeminiCodec.readResponse("<html>".getBytes(StandardCharsets.UTF_8), "m"))
                .isInstanceOf(GantryException.class).extracting(e -> ((GantryException) e).kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE);
        assertThatThrownBy(() -> read("{'usageMetadata':{}}"))
                .isInstanceOf(GantryException.class).extracting(e -> ((GantryException) e).kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE);
    }
}
