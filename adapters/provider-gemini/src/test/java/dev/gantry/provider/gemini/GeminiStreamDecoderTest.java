package dev.gantry.provider.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChoiceDelta;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.ToolCallDelta;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.ProviderException;
import dev.gantry.core.http.SseEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeminiStreamDecoderTest {
    private final GeminiStreamDecoder decoder = new GeminiStreamDecoder("gem", "gemini-2.5-flash");

    private List<ChatChunk> feed(String... events) {
        List<ChatChunk> chunks = new ArrayList<>();
        for (String e : events) chunks.addAll(decoder.onEvent(new SseEvent(null, e.replace('\'', '"'))));
        return chunks;
    }

    private static ChoiceDelta delta(ChatChunk c) {
        assertThat(c.choices()).hasSize(1);
        return c.choices().get(0);
    }

    @Test
    void should_stream_text_with_the_role_first_and_usage_on_the_final_chunk() {
        List<ChatChunk> first = feed("""
                {'candidates':[{'content':{'parts':[{'text':'Hel'}],'role':'model'},'index':0}],
                 'usageMetadata':{'promptTokenCount':5,'totalTokenCount':5},'modelVersion':'gemini-2.5-flash','responseId':'r1'}""");
        assertThat(decoder.complete()).isFalse();
        List<ChatChunk> rest = feed("""
                {'candidates':[{'content':{'parts':[{'text':'lo'}],'role':'model'},'index':0}],'responseId':'r1'}""", """
                {'candidates':[{'content':{'parts':[{'text':''}],'role':'model'},'finishReason':'STOP','index':0}],
                 'usageMetadata':{'promptTokenCount':5,'candidatesTokenCount':2,'thoughtsTokenCount':3,'totalTokenCount':10},
                 'responseId':'r1'}""");

        List<ChatChunk> all = new ArrayList<>(first);
        all.addAll(rest);
        assertThat(all).hasSize(3);
        assertThat(all).allSatisfy(c -> {
            assertThat(c.id()).isEqualTo("r1");
            assertThat(c.model()).isEqualTo("gemini-2.5-flash");
        });
        assertThat(delta(all.get(0)).role()).isEqualTo(Role.ASSISTANT);
        assertThat(delta(all.get(0)).content()).isEqualTo("Hel");
        assertThat(delta(all.get(1)).role()).isNull();
        assertThat(delta(all.get(1)).content()).isEqualTo("lo");
        assertThat(delta(all.get(2)).finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(all.get(0).usage()).isNull();
        assertThat(all.get(2).usage()).isEqualTo(new Usage(5, 5, 0, 0, 3));
        assertThat(decoder.complete()).isTrue();
    }

    @Test
    void should_stream_thoughts_as_reasoning_then_the_signature_then_text() {
        List<ChatChunk> chunks = feed(
                "{'candidates':[{'content':{'parts':[{'text':'Let me ','thought':true},{'text':'see.','thought':true}]}}]}",
                "{'candidates':[{'content':{'parts':[{'text':'Answer','thoughtSignature':'SIG'}]},'finishReason':'STOP'}]}");

        assertThat(chunks).extracting(GeminiStreamDecoderTest::delta).satisfiesExactly(
                d -> {
                    assertThat(d.role()).isEqualTo(Role.ASSISTANT);
                    assertThat(d.reasoning()).isEqualTo("Let me see.");
                },
                d -> {
                    assertThat(d.reasoning()).isNull();
                    assertThat(d.reasoningSignature()).isEqualTo("SIG");
                },
                d -> assertThat(d.content()).isEqualTo("Answer"),
                d -> assertThat(d.finishReason()).isEqualTo(FinishReason.STOP));
    }

    @Test
    void should_emit_each_whole_function_call_as_one_indexed_tool_call_delta() {
        List<ChatChunk> chunks = feed("""
                {'candidates':[{'content':{'parts':[{'functionCall':{'name':'get_weather','args':{'city':'Paris'}}},
                  {'functionCall':{'id':'fc-2','name':'get_time','args':{}}}]}}]}""",
                "{'candidates':[{'content':{'parts':[{'text':''}]},'finishReason':'STOP'}]}");

        assertThat(chunks).hasSize(3);
        assertThat(delta(chunks.get(0)).toolCalls()).containsExactly(new ToolCallDelta(0, "call_0", "get_weather", "{\"city\":\"Paris\"}"));
        assertThat(delta(chunks.get(1)).toolCalls()).containsExactly(new ToolCallDelta(1, "fc-2", "get_time", "{}"));
        assertThat(delta(chunks.get(2)).finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
    }

    @Test
    void should_send_the_signature_of_a_function_call_just_before_the_call() {
        List<ChatChunk> chunks = feed("{'candidates':[{'content':{'parts':[{'functionCall':{'name':'search','args':{}},"
                + "'thoughtSignature':'FC-SIG'}]},'finishReason':'STOP'}]}");

        assertThat(chunks).extracting(GeminiStreamDecoderTest::delta).satisfiesExactly(
                d -> assertThat(d.reasoningSignature()).isEqualTo("FC-SIG"),
                d -> assertThat(d.toolCalls()).extracting(ToolCallDelta::name).containsExactly("search"),
                d -> assertThat(d.finishReason()).isEqualTo(FinishReason.TOOL_CALLS));
    }

    @Test
    void should_finish_only_when_every_candidate_has_finished() {
        feed("{'candidates':[{'content':{'parts':[{'text':'A'}]},'index':0},{'content':{'parts':[{'text':'B'}]},'index':1}]}",
                "{'candidates':[{'content':{'parts':[{'text':'!'}]},'finishReason':'STOP','index':0}]}");
        assertThat(decoder.complete()).isFalse();

        List<ChatChunk> last = feed("{'candidates':[{'content':{'parts':[]},'finishReason':'MAX_TOKENS','index':1}],"
                + "'usageMetadata':{'promptTokenCount':1,'candidatesTokenCount':4}}");

        assertThat(decoder.complete()).isTrue();
        assertThat(delta(last.get(0)).index()).isEqualTo(1);
        assertThat(delta(last.get(0)).role()).isNull();
        assertThat(delta(last.get(0)).finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(last.get(0).usage()).isEqualTo(Usage.of(1, 4));
    }

    @Test
    void should_report_newer_usage_that_arrives_after_the_finish_on_its_own_chunk() {
        feed("{'candidates':[{'content':{'parts':[{'text':'A'}]},'finishReason':'STOP'}],'usageMetadata':{'promptTokenCount':1}}");

        List<ChatChunk> late = feed("{'usageMetadata':{'promptTokenCount':1,'candidatesTokenCount':1}}");

        assertThat(late).singleElement().satisfies(c -> {
            assertThat(c.choices()).isEmpty();
            assertThat(c.usage()).isEqualTo(Usage.of(1, 1));
        });
        assertThat(feed("{'usageMetadata':{'promptTokenCount':1,'candidatesTokenCount':1}}")).isEmpty();
    }

    @Test
    void should_finish_a_blocked_prompt_with_content_filter() {
        List<ChatChunk> chunks = feed("{'promptFeedback':{'blockReason':'PROHIBITED_CONTENT'},'usageMetadata':{'promptTokenCount':3}}");

        assertThat(delta(chunks.get(0)).role()).isEqualTo(Role.ASSISTANT);
        assertThat(delta(chunks.get(0)).finishReason()).isEqualTo(FinishReason.CONTENT_FILTER);
        assertThat(chunks.get(0).usage()).isEqualTo(Usage.of(3, 0));
        assertThat(decoder.complete()).isTrue();
    }

    @Test
    void should_fail_as_malformed_on_an_event_that_is_not_json() {
        feed("{'candidates':[{'content':{'parts':[{'text':'A'}]}}]}");

        assertThatThrownBy(() -> feed("{not json")).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE);
            assertThat(e.provider()).isEqualTo("gem");
        });
    }

    @Test
    void should_map_an_error_event_sent_inside_the_stream() {
        assertThatThrownBy(() -> feed("{'error':{'code':503,'message':'The model is overloaded.','status':'UNAVAILABLE'}}"))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM_UNAVAILABLE);
                    assertThat(e.getMessage()).contains("overloaded");
                });
    }

    @Test
    void should_ignore_empty_events() {
        assertThat(feed("")).isEmpty();
        assertThat(decoder.complete()).isFalse();
    }
}
