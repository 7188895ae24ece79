package dev.gantry.provider.anthropic;

import static dev.gantry.provider.anthropic.Fixtures.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.ProviderException;
import dev.gantry.core.http.SseEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnthropicStreamDecoderTest {

    private static List<ChatChunk> decode(AnthropicStreamDecoder decoder, List<SseEvent> events) {
        List<ChatChunk> chunks = new ArrayList<>();
        for (SseEvent e : events) chunks.addAll(decoder.onEvent(e));
        return chunks;
    }

    private static SseEvent event(String name, String singleQuotedData) {
        return new SseEvent(name, new String(body(singleQuotedData), StandardCharsets.UTF_8));
    }

    @Test
    void should_decode_a_recorded_stream_of_thinking_text_and_two_tool_calls() {
        AnthropicStreamDecoder decoder = new AnthropicStreamDecoder("claude");

        List<ChatChunk> chunks = decode(decoder, Fixtures.events(Fixtures.bytes("stream-thinking-text-tool.sse")));
        Chunks all = Chunks.of(chunks);

        assertThat(chunks.getFirst().choices().getFirst().role()).isEqualTo(Role.ASSISTANT);
        assertThat(chunks).allSatisfy(c -> {
            assertThat(c.id()).isEqualTo("msg_01Xyz");
            assertThat(c.model()).isEqualTo("claude-sonnet-4-5-20250929");
        });
        assertThat(all.reasoning()).isEqualTo("The user wants the weather in Paris; call the tool.");
        assertThat(all.signature()).isEqualTo("EqQBCkYIBxgCKkDsig==");
        assertThat(all.content()).isEqualTo("Let me check the weather.");
        assertThat(all.toolCalls()).containsExactly(
                java.util.Map.entry(0, new ToolCall("toolu_01T1x1fJ34qAmk2tNTrN7Up6", "get_weather", "{\"city\": \"Paris\"}")),
                java.util.Map.entry(1, new ToolCall("toolu_02Now", "get_time", "{}")));
        assertThat(all.finishReasons()).containsExactly(FinishReason.TOOL_CALLS);
        assertThat(all.usage()).as("message_start input counts + message_delta output")
                .isEqualTo(new Usage(472 + 100 + 2048, 89, 2048, 100, 0));
        assertThat(chunks.getLast().usage()).isEqualTo(all.usage());
        assertThat(decoder.finished()).isTrue();
    }

    @Test
    void should_be_finished_only_after_message_stop() {
        AnthropicStreamDecoder decoder = new AnthropicStreamDecoder("claude");
        List<SseEvent> events = Fixtures.events(Fixtures.bytes("stream-thinking-text-tool.sse"));

        decode(decoder, events.subList(0, events.size() - 1));

        assertThat(decoder.finished()).isFalse();
        decoder.onEvent(events.getLast());
        assertThat(decoder.finished()).isTrue();
    }

    @Test
    void should_take_restated_input_counts_from_message_delta() {
        AnthropicStreamDecoder decoder = new AnthropicStreamDecoder("claude");
        decoder.onEvent(event("message_start", "{'type':'message_start','message':{'id':'m','usage':{'input_tokens':0,'output_tokens':1}}}"));

        List<ChatChunk> last = decoder.onEvent(event("message_delta", "{'type':'message_delta','delta':{'stop_reason':'end_turn'},"
                + "'usage':{'input_tokens':50,'cache_read_input_tokens':10,'output_tokens':9}}"));

        assertThat(last.getFirst().usage()).isEqualTo(new Usage(60, 9, 10, 0, 0));
    }

    @Test
    void should_read_the_event_type_from_the_data_when_the_event_has_no_name() {
        AnthropicStreamDecoder decoder = new AnthropicStreamDecoder("claude");
        decoder.onEvent(event(null, "{'type':'message_start','message':{'id':'m'}}"));
        decoder.onEvent(event(null, "{'type':'content_block_start','index':0,'content_block':{'type':'text','text':''}}"));

        List<ChatChunk> chunks = decoder.onEvent(event(null,
                "{'type':'content_block_delta','index':0,'delta':{'type':'text_delta','text':'hi'}}"));

        assertThat(Chunks.of(chunks).content()).isEqualTo("hi");
    }

    @Test
    void should_ignore_pings_and_event_types_it_does_not_know() {
        AnthropicStreamDecoder decoder = new AnthropicStreamDecoder("claude");

        assertThat(decoder.onEvent(event("ping", "{'type':'ping'}"))).isEmpty();
        assertThat(decoder.onEvent(event("future_event", "{'type':'future_event','x':1}"))).isEmpty();
    }

    @Test
    void should_stream_the_answer_tool_input_as_text() {
        AnthropicStreamDecoder decoder = new AnthropicStreamDecoder("claude", "verdict");
        List<SseEvent> events = List.of(
                event("message_start", "{'type':'message_start','message':{'id':'m','usage':{'input_tokens':3,'output_tokens':1}}}"),
                event("content_block_start", "{'type':'content_block_start','index':0,'content_block':{'type':'tool_use','id':'t','name':'verdict','input':{}}}"),
                event("content_block_delta", "{'type':'content_block_delta','index':0,'delta':{'type':'input_json_delta','partial_json':'{\\'ok\\':'}}"),
                event("content_block_delta", "{'type':'content_block_delta','index':0,'delta':{'type':'input_json_delta','partial_json':'true}'}}"),
                event("content_block_stop", "{'type':'content_block_stop','index':0}"),
                event("message_delta", "{'type':'message_delta','delta':{'stop_reason':'tool_use'},'usage':{'output_tokens':4}}"));

        Chunks all = Chunks.of(decode(decoder, events));

        assertThat(all.content()).isEqualTo("{\"ok\":true}");
        assertThat(all.toolCalls()).isEmpty();
        assertThat(all.finishReasons()).containsExactly(FinishReason.STOP);
    }

    @Test
    void should_throw_the_mapped_error_of_an_error_event() {
        AnthropicStreamDecoder decoder = new AnthropicStreamDecoder("claude");

        assertThatThrownBy(() -> decoder.onEvent(event("error",
                "{'type':'error','error':{'type':'overloaded_error','message':'Overloaded'}}")))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM_UNAVAILABLE);
                    assertThat(e.provider()).isEqualTo("claude");
                    assertThat(e.getMessage()).isEqualTo("provider 'claude' failed mid-stream with overloaded_error: Overloaded");
                });
    }

    @Test
    void should_fail_data_that_is_not_json_as_malformed() {
        AnthropicStreamDecoder decoder = new AnthropicStreamDecoder("claude");

        assertThatThrownBy(() -> decoder.onEvent(new SseEvent("content_block_delta", "{not json")))
                .isInstanceOfSatisfying(ProviderException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE));
    }
}
