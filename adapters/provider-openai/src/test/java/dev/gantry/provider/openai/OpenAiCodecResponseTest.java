package dev.gantry.provider.openai;

import static dev.gantry.provider.openai.OpenAiCodecRequestTest.assertSameJson;
import static dev.gantry.provider.openai.OpenAiCodecRequestTest.bytes;
import static dev.gantry.provider.openai.OpenAiCodecRequestTest.tree;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.Choice;
import dev.gantry.core.chat.ChoiceDelta;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.chat.ToolCallDelta;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.embed.EmbeddingRequest;
import dev.gantry.core.embed.EmbeddingResponse;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Answers, stream chunks, embeddings and errors in the OpenAI shape. */
class OpenAiCodecResponseTest {

    static final String RESPONSE = """
            {
              "id": "chatcmpl-1", "object": "chat.completion", "created": 1700000000, "model": "gpt-4o-mini-2024-07-18",
              "choices": [
                {"index": 0, "message": {"role": "assistant", "content": "Checking.", "reasoning_content": "Need weather.",
                  "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{\\"city\\":\\"Paris\\"}"}}]},
                 "logprobs": {"content": [{"token": "Check", "logprob": -0.1, "bytes": [67], "top_logprobs": []}]},
                 "finish_reason": "tool_calls"},
                {"index": 1, "message": {"role": "assistant", "content": "Sunny."}, "logprobs": null, "finish_reason": "stop"}
              ],
              "usage": {"prompt_tokens": 120, "completion_tokens": 30, "total_tokens": 150,
                        "prompt_tokens_details": {"cached_tokens": 100},
                        "completion_tokens_details": {"reasoning_tokens": 12}},
              "system_fingerprint": "fp_1"
            }
            """;

    @Test
    void should_read_a_full_response_with_reasoning_tool_calls_logprobs_and_usage_details() {
        ChatResponse r = OpenAiCodec.readChatResponse(bytes(RESPONSE));

        assertThat(r.id()).isEqualTo("chatcmpl-1");
        assertThat(r.model()).isEqualTo("gpt-4o-mini-2024-07-18");
        assertThat(r.created()).isEqualTo(1700000000L);
        assertThat(r.systemFingerprint()).isEqualTo("fp_1");
        assertThat(r.usage()).isEqualTo(new Usage(120, 30, 100, 0, 12));
        Choice first = r.choices().get(0);
        assertThat(first.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
        assertThat(first.message().content()).containsExactly(new ContentPart.Thinking("Need weather.", null, null),
                new ContentPart.Text("Checking."));
        assertThat(first.message().toolCalls()).containsExactly(new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}"));
        assertThat(first.logprobs()).isEqualTo(Map.of("content",
                List.of(Map.of("token", "Check", "logprob", -0.1, "bytes", List.of(67), "top_logprobs", List.of()))));
        assertThat(r.choices().get(1)).isEqualTo(new Choice(1, ChatMessage.assistant("Sunny."), FinishReason.STOP, null));
    }

    @Test
    void should_write_a_response_back_semantically_equal_to_what_was_read() {
        byte[] written = OpenAiCodec.writeChatResponse(OpenAiCodec.readChatResponse(bytes(RESPONSE)));

        assertSameJson(written, RESPONSE);
    }

    @Test
    void should_read_the_reasoning_alias_a_refusal_and_deepseek_cache_hits() {
        ChatResponse r = OpenAiCodec.readChatResponse(bytes("""
                {"id":"x","choices":[
                  {"index":0,"message":{"role":"assistant","content":"ok","reasoning":"hmm"},"finish_reason":"stop"},
                  {"index":1,"message":{"role":"assistant","content":null,"refusal":"I can't help with that."},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":10,"completion_tokens":2,"prompt_cache_hit_tokens":8}}"""));

        assertThat(r.choices().get(0).message().content()).containsExactly(new ContentPart.Thinking("hmm", null, null),
                new ContentPart.Text("ok"));
        assertThat(r.choices().get(1).message().text()).isEqualTo("I can't help with that.");
        assertThat(r.usage()).isEqualTo(new Usage(10, 2, 8, 0, 0));
    }

    @Test
    void should_refuse_an_upstream_body_that_is_not_json_as_malformed() {
        assertThatThrownBy(() -> OpenAiCodec.readChatResponse(bytes("<html>502 Bad Gateway</html>")))
                .isInstanceOfSatisfying(GantryException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE));
    }

    @Test
    void should_read_stream_chunks_with_role_content_reasoning_tool_calls_and_finish() {
        ChatChunk first = OpenAiCodec.readChunk("""
                {"id":"c1","object":"chat.completion.chunk","created":5,"model":"m","system_fingerprint":"fp",
                 "choices":[{"index":0,"delta":{"role":"assistant","content":"","reasoning_content":"think"},"finish_reason":null}]}""");
        ChatChunk tool = OpenAiCodec.readChunk("""
                {"id":"c1","choices":[{"index":0,"delta":{"tool_calls":[
                  {"index":0,"id":"call_1","type":"function","function":{"name":"get_weather","arguments":""}},
                  {"index":1,"function":{"arguments":"{\\"ci"}}]},"finish_reason":null}]}""");
        ChatChunk last = OpenAiCodec.readChunk("""
                {"id":"c1","choices":[],"usage":{"prompt_tokens":3,"completion_tokens":4,"total_tokens":7}}""");

        assertThat(first).isEqualTo(new ChatChunk("c1", "m", 5,
                List.of(new ChoiceDelta(0, Role.ASSISTANT, "", "think", null, null, null, null)), null, "fp"));
        assertThat(tool.choices().get(0).toolCalls()).containsExactly(
                new ToolCallDelta(0, "call_1", "get_weather", ""), new ToolCallDelta(1, null, null, "{\"ci"));
        assertThat(last.choices()).isEmpty();
        assertThat(last.usage()).isEqualTo(Usage.of(3, 4));
    }

    @Test
    void should_write_a_chunk_as_one_sse_frame_that_reads_back_equal() {
        ChatChunk chunk = new ChatChunk("c1", "m", 5, List.of(
                new ChoiceDelta(0, Role.ASSISTANT, "Hel", "why", null,
                        List.of(new ToolCallDelta(0, "call_1", "f", "{")), null, null),
                ChoiceDelta.finish(1, FinishReason.LENGTH)), new Usage(3, 4, 1, 0, 2), "fp");

        String frame = new String(OpenAiCodec.writeChunk(chunk), UTF_8);

        assertThat(frame).startsWith("data: {").endsWith("}\n\n").doesNotContain("\n\n\n");
        String data = frame.substring("data: ".length(), frame.length() - 2);
        assertThat(OpenAiCodec.readChunk(data)).isEqualTo(chunk);
        JsonNode json = tree(bytes(data));
        assertThat(json.path("object").asText()).isEqualTo("chat.completion.chunk");
        assertThat(json.path("choices").get(0).has("finish_reason")).as("finish_reason is always present").isTrue();
        assertThat(json.path("choices").get(1).path("finish_reason").asText()).isEqualTo("length");
    }

    @Test
    void should_end_streams_with_the_done_frame() {
        assertThat(new String(OpenAiCodec.DONE, UTF_8)).isEqualTo("data: [DONE]\n\n");
    }

    @Test
    void should_refuse_a_chunk_that_is_not_json_as_malformed() {
        assertThatThrownBy(() -> OpenAiCodec.readChunk("{\"id\":"))
                .isInstanceOfSatisfying(GantryException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE));
    }

    @Test
    void should_read_embedding_requests_with_string_or_array_input_and_keep_extra_fields() {
        EmbeddingRequest one = OpenAiCodec.readEmbeddingRequest(bytes("{\"model\":\"e\",\"input\":\"hello\"}"));
        EmbeddingRequest many = OpenAiCodec.readEmbeddingRequest(bytes("""
                {"model":"e","input":["a","b"],"dimensions":256,"encoding_format":"base64","user":"u",
                 "input_type":"query","truncate":null}"""));

        assertThat(one).isEqualTo(new EmbeddingRequest("e", List.of("hello"), null, null, null, Map.of()));
        assertThat(many).isEqualTo(new EmbeddingRequest("e", List.of("a", "b"), 256, "base64", "u", Map.of("input_type", "query")));
        assertSameJson(OpenAiCodec.writeEmbeddingRequest(many), """
                {"model":"e","input":["a","b"],"dimensions":256,"encoding_format":"base64","user":"u","input_type":"query"}""");
    }

    @Test
    void should_read_float_and_base64_vectors_in_index_order() {
        EmbeddingResponse floats = OpenAiCodec.readEmbeddingResponse(bytes("""
                {"object":"list","model":"e","usage":{"prompt_tokens":4,"total_tokens":4},"data":[
                  {"object":"embedding","index":1,"embedding":[0.5,-1]},
                  {"object":"embedding","index":0,"embedding":[0.25,2]}]}"""));
        // 1.0f and -2.5f as little-endian float32
        EmbeddingResponse base64 = OpenAiCodec.readEmbeddingResponse(bytes("""
                {"model":"e","data":[{"index":0,"embedding":"AACAPwAAIMA="}]}"""));

        assertThat(floats.vectors()).containsExactly(new float[] {0.25f, 2f}, new float[] {0.5f, -1f});
        assertThat(floats.usage()).isEqualTo(Usage.of(4, 0));
        assertThat(base64.vectors()).containsExactly(new float[] {1f, -2.5f});
    }

    @Test
    void should_write_embeddings_as_floats_or_base64_as_the_client_asked() {
        EmbeddingResponse r = new EmbeddingResponse("e", List.of(new float[] {1f, -2.5f}, new float[] {0.1f}), Usage.of(3, 0));

        JsonNode floats = tree(OpenAiCodec.writeEmbeddingResponse(r, "float"));
        JsonNode base64 = tree(OpenAiCodec.writeEmbeddingResponse(r, "base64"));

        assertThat(floats.path("data").get(1).path("embedding").get(0).floatValue()).isEqualTo(0.1f);
        assertThat(floats.path("data").get(0).path("embedding").toString()).isEqualTo("[1.0,-2.5]");
        assertThat(floats.path("usage").path("prompt_tokens").asInt()).isEqualTo(3);
        assertThat(base64.path("data").get(0).path("embedding").asText()).isEqualTo("AACAPwAAIMA=");
        assertThat(OpenAiCodec.readEmbeddingResponse(OpenAiCodec.writeEmbeddingResponse(r, "base64")).vectors())
                .containsExactly(new float[] {1f, -2.5f}, new float[] {0.1f});
    }

    @Test
    void should_refuse_embedding_answers_with_missing_vectors() {
        assertThatThrownBy(() -> OpenAiCodec.readEmbeddingResponse(bytes("{\"data\":[{\"index\":1,\"embedding\":[1]}]}")))
                .isInstanceOfSatisfying(GantryException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE));
    }

    @Test
    void should_write_errors_in_the_openai_shape() {
        GantryException e = GantryException.invalid("messages[0].role", "messages[0].role 'robot' is not one of ...");

        assertSameJson(OpenAiCodec.writeError(e), """
                {"error":{"message":"messages[0].role 'robot' is not one of ...","type":"invalid_request_error",
                          "param":"messages[0].role","code":"invalid_request"}}""");
        String event = new String(OpenAiCodec.writeErrorEvent(new GantryException(ErrorKind.RATE_LIMITED, "slow down")), UTF_8);
        assertThat(event).startsWith("data: {\"error\":").endsWith("\n\n").contains("\"type\":\"rate_limit_error\"")
                .contains("\"param\":null").contains("\"code\":\"rate_limited\"");
    }
}
