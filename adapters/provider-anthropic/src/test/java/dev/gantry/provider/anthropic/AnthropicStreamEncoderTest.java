package dev.gantry.provider.anthropic;

import static dev.gantry.provider.anthropic.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChoiceDelta;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.ToolCallDelta;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.error.ProviderException;
import dev.gantry.core.http.SseEvent;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnthropicStreamEncoderTest {
    private static final Usage USAGE = new Usage(120, 33, 100, 0, 7);

    private static ChatChunk chunk(ChoiceDelta... deltas) {
        return new ChatChunk("chatcmpl-1", "gpt-4o", 1L, List.of(deltas), null, null);
    }

    private static ChoiceDelta delta(Role role, String content, String reasoning, String signature,
                                     ToolCallDelta call, FinishReason finish) {
        return new ChoiceDelta(0, role, content, reasoning, signature, call == null ? null : List.of(call), finish, null);
    }

    /** An OpenAI-style stream: role, reasoning, text, two tool calls, finish, then usage alone (include_usage). */
    private static List<ChatChunk> openAiStyleStream() {
        return List.of(
                chunk(delta(Role.ASSISTANT, "", null, null, null, null)),
                chunk(delta(null, null, "Think ", null, null, null)),
                chunk(delta(null, null, "first.", null, null, null)),
                chunk(delta(null, null, null, "sig-1", null, null)),
                chunk(delta(null, "Hello ", null, null, null, null)),
                chunk(delta(null, "world.", null, null, null, null)),
                chunk(delta(null, null, null, null, new ToolCallDelta(0, "call_1", "get_weather", ""), null)),
                chunk(delta(null, null, null, null, new ToolCallDelta(0, null, null, "{\"city\":"), null)),
                chunk(delta(null, null, null, null, new ToolCallDelta(0, null, null, "\"Paris\"}"), null)),
                chunk(delta(null, null, null, null, new ToolCallDelta(1, "call_2", "get_time", "{}"), null)),
                chunk(delta(null, null, null, null, null, FinishReason.TOOL_CALLS)),
                new ChatChunk("chatcmpl-1", "gpt-4o", 1L, List.of(), USAGE, null));
    }

    private static byte[] encode(AnthropicStreamEncoder encoder, List<ChatChunk> chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (ChatChunk c : chunks) out.writeBytes(encoder.onChunk(c));
        out.writeBytes(encoder.finish(null));
        return out.toByteArray();
    }

    private static List<ChatChunk> decode(byte[] sse) {
        AnthropicStreamDecoder decoder = new AnthropicStreamDecoder("gantry");
        List<ChatChunk> chunks = new ArrayList<>();
        for (SseEvent e : Fixtures.events(sse)) chunks.addAll(decoder.onEvent(e));
        assertThat(decoder.finished()).as("re-decoded stream ended with message_stop").isTrue();
        return chunks;
    }

    @Test
    void should_re_decode_to_the_same_text_reasoning_tool_calls_finish_and_usage() {
        List<ChatChunk> input = openAiStyleStream();

        Chunks decoded = Chunks.of(decode(encode(new AnthropicStreamEncoder("alias"), input)));
        Chunks original = Chunks.of(input);

        assertThat(decoded.content()).isEqualTo(original.content()).isEqualTo("Hello world.");
        assertThat(decoded.reasoning()).isEqualTo(original.reasoning());
        assertThat(decoded.signature()).isEqualTo("sig-1");
        assertThat(decoded.toolCalls()).isEqualTo(original.toolCalls());
        assertThat(decoded.finishReasons()).isEqualTo(original.finishReasons());
        assertThat(decoded.usage()).isEqualTo(USAGE);
    }

    @Test
    void should_number_blocks_in_order_and_open_and_close_each_once() {
        List<SseEvent> events = Fixtures.events(encode(new AnthropicStreamEncoder("alias"), openAiStyleStream()));

        List<String> outline = new ArrayList<>();
        for (SseEvent e : events) {
            JsonNode data = json(e.data());
            assertThat(data.get("type").asText()).as("event name matches data type").isEqualTo(e.event());
            switch (e.event()) {
                case "content_block_start" -> outline.add("start " + data.get("index") + " "
                        + data.at("/content_block/type").asText());
                case "content_block_stop" -> outline.add("stop " + data.get("index"));
                case "content_block_delta" -> { }
                default -> outline.add(e.event());
            }
        }
        assertThat(outline).containsExactly("message_start", "start 0 thinking", "stop 0", "start 1 text", "stop 1",
                "start 2 tool_use", "stop 2", "start 3 tool_use", "stop 3", "message_delta", "message_stop");
    }

    @Test
    void should_start_with_a_complete_message_and_show_the_requested_model() {
        SseEvent first = Fixtures.events(new AnthropicStreamEncoder("alias").onChunk(openAiStyleStream().getFirst())).getFirst();

        assertThat(json(first.data())).isEqualTo(json(Fixtures.body("{'type':'message_start','message':{"
                + "'id':'msg_chatcmpl-1','type':'message','role':'assistant','model':'alias','content':[],"
                + "'stop_reason':null,'stop_sequence':null,'usage':{'input_tokens':0,'cache_creation_input_tokens':0,"
                + "'cache_read_input_tokens':0,'output_tokens':0}}}")));
    }

    @Test
    void should_end_as_soon_as_a_chunk_brings_both_finish_reason_and_usage() {
        AnthropicStreamEncoder encoder = new AnthropicStreamEncoder(null);
        encoder.onChunk(chunk(delta(Role.ASSISTANT, "Hi", null, null, null, null)));

        byte[] last = encoder.onChunk(new ChatChunk("g", "gemini", 1L,
                List.of(delta(null, "!", null, null, null, FinishReason.LENGTH)), Usage.of(5, 2), null));

        List<SseEvent> events = Fixtures.events(last);
        assertThat(events).extracting(SseEvent::event)
                .containsExactly("content_block_delta", "content_block_stop", "message_delta", "message_stop");
        assertThat(json(events.get(2).data()).at("/delta/stop_reason").asText()).isEqualTo("max_tokens");
        assertThat(encoder.finish(null)).isEmpty();
    }

    @Test
    void should_close_a_stream_that_ended_without_a_finish_reason() {
        AnthropicStreamEncoder encoder = new AnthropicStreamEncoder("alias");
        encoder.onChunk(chunk(delta(Role.ASSISTANT, "partial", null, null, null, null)));

        List<SseEvent> events = Fixtures.events(encoder.finish(Usage.of(3, 1)));

        assertThat(events).extracting(SseEvent::event).containsExactly("content_block_stop", "message_delta", "message_stop");
        assertThat(json(events.get(1).data()).at("/delta/stop_reason").asText()).isEqualTo("end_turn");
        assertThat(json(events.get(1).data()).at("/usage/output_tokens").asInt()).isEqualTo(1);
    }

    @Test
    void should_write_a_whole_empty_message_when_no_chunk_came() {
        List<SseEvent> events = Fixtures.events(new AnthropicStreamEncoder("alias").finish(null));

        assertThat(events).extracting(SseEvent::event).containsExactly("message_start", "message_delta", "message_stop");
    }

    @Test
    void should_emit_an_error_event_the_decoder_maps_back_to_the_same_kind() {
        AnthropicStreamEncoder encoder = new AnthropicStreamEncoder("alias");
        encoder.onChunk(chunk(delta(Role.ASSISTANT, "Hi", null, null, null, null)));

        byte[] error = encoder.error(new GantryException(ErrorKind.RATE_LIMITED, "slow down"));

        SseEvent event = Fixtures.events(error).getFirst();
        assertThat(event.event()).isEqualTo("error");
        assertThat(json(event.data())).isEqualTo(json(Fixtures.body(
                "{'type':'error','error':{'type':'rate_limit_error','message':'slow down'}}")));
        assertThatThrownBy(() -> new AnthropicStreamDecoder("gantry").onEvent(event))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED));
        assertThat(encoder.finish(null)).as("nothing after the error").isEmpty();
    }

    @Test
    void should_write_nothing_for_other_choices() {
        AnthropicStreamEncoder encoder = new AnthropicStreamEncoder("alias");
        encoder.onChunk(chunk(delta(Role.ASSISTANT, null, null, null, null, null)));

        byte[] out = encoder.onChunk(chunk(new ChoiceDelta(1, null, "other choice", null, null, null, null, null)));

        assertThat(out).isEmpty();
    }
}
