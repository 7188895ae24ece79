package dev.gantry.provider.gemini;

import static dev.gantry.provider.gemini.GeminiCodecRequestTest.request;
import static dev.gantry.provider.gemini.GeminiCodecRequestTest.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ResponseFormat;
import dev.gantry.core.error.GantryException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeminiGenerationConfigTest {

    @Test
    void should_map_sampling_and_limits_to_generation_config() {
        JsonNode c = write(request(ChatMessage.user("hi")).temperature(0.3).topP(0.9).topK(40).maxTokens(256)
                .stop(List.of("END", "STOP")).n(2).seed(42L).presencePenalty(0.5).frequencyPenalty(-0.5).build())
                .get("generationConfig");

        assertThat(c.get("temperature").asDouble()).isEqualTo(0.3);
        assertThat(c.get("topP").asDouble()).isEqualTo(0.9);
        assertThat(c.get("topK").asInt()).isEqualTo(40);
        assertThat(c.get("maxOutputTokens").asInt()).isEqualTo(256);
        assertThat(c.get("stopSequences")).extracting(JsonNode::asText).containsExactly("END", "STOP");
        assertThat(c.get("candidateCount").asInt()).isEqualTo(2);
        assertThat(c.get("seed").asInt()).isEqualTo(42);
        assertThat(c.get("presencePenalty").asDouble()).isEqualTo(0.5);
        assertThat(c.get("frequencyPenalty").asDouble()).isEqualTo(-0.5);
    }

    @Test
    void should_send_no_generation_config_when_nothing_is_set() {
        assertThat(write(request(ChatMessage.user("hi")).build()).has("generationConfig")).isFalse();
    }

    @Test
    void should_fold_a_seed_wider_than_int32_deterministically() {
        long wide = 1L << 40 | 7;
        int folded = write(request(ChatMessage.user("hi")).seed(wide).build()).at("/generationConfig/seed").asInt();

        assertThat(folded).isEqualTo((int) (wide ^ (wide >>> 32)));
        assertThat(write(request(ChatMessage.user("hi")).seed(-5L).build()).at("/generationConfig/seed").asInt()).isEqualTo(-5);
    }

    @Test
    void should_ask_for_json_for_json_object_format() {
        JsonNode c = write(request(ChatMessage.user("hi")).responseFormat(ResponseFormat.JSON_OBJECT).build()).get("generationConfig");

        assertThat(c.get("responseMimeType").asText()).isEqualTo("application/json");
        assertThat(c.has("responseJsonSchema")).isFalse();
    }

    @Test
    void should_pass_a_json_schema_format_as_response_json_schema_unchanged() {
        Map<String, Object> schema = Map.of("type", "object", "additionalProperties", false,
                "properties", Map.of("answer", Map.of("type", "string")));
        JsonNode c = write(request(ChatMessage.user("hi"))
                .responseFormat(new ResponseFormat(ResponseFormat.Type.JSON_SCHEMA, "answer", null, schema, true)).build())
                .get("generationConfig");

        assertThat(c.get("responseMimeType").asText()).isEqualTo("application/json");
        assertThat(c.at("/responseJsonSchema/additionalProperties").asBoolean(true)).isFalse();
        assertThat(c.at("/responseJsonSchema/properties/answer/type").asText()).isEqualTo("string");
    }

    @Test
    void should_send_nothing_for_text_format() {
        assertThat(write(request(ChatMessage.user("hi")).responseFormat(ResponseFormat.TEXT).build()).has("generationConfig")).isFalse();
    }

    @Test
    void should_map_logprobs_and_top_logprobs() {
        JsonNode c = write(request(ChatMessage.user("hi")).logprobs(true).topLogprobs(3).build()).get("generationConfig");

        assertThat(c.get("responseLogprobs").asBoolean()).isTrue();
        assertThat(c.get("logprobs").asInt()).isEqualTo(3);
    }

    @Test
    void should_map_anthropic_thinking_budget_and_return_thoughts() {
        JsonNode t = write(request(ChatMessage.user("hi")).thinking(Map.of("type", "enabled", "budget_tokens", 2048)).build())
                .at("/generationConfig/thinkingConfig");

        assertThat(t.get("thinkingBudget").asInt()).isEqualTo(2048);
        assertThat(t.get("includeThoughts").asBoolean()).isTrue();
    }

    @Test
    void should_turn_thinking_off_when_disabled() {
        JsonNode t = write(request(ChatMessage.user("hi")).thinking(Map.of("type", "disabled")).reasoningEffort("high").build())
                .at("/generationConfig/thinkingConfig");

        assertThat(t.get("thinkingBudget").asInt()).isZero();
        assertThat(t.has("includeThoughts")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"none,0", "minimal,512", "low,1024", "medium,8192", "HIGH,24576"})
    void should_map_reasoning_effort_to_a_thinking_budget(String effort, int budget) {
        JsonNode t = write(request(ChatMessage.user("hi")).reasoningEffort(effort).build()).at("/generationConfig/thinkingConfig");

        assertThat(t.get("thinkingBudget").asInt()).isEqualTo(budget);
        assertThat(t.has("includeThoughts")).isFalse();
    }

    @Test
    void should_reject_an_unknown_reasoning_effort() {
        assertThatThrownBy(() -> write(request(ChatMessage.user("hi")).reasoningEffort("extreme").build()))
                .isInstanceOf(GantryException.class).hasMessageContaining("'extreme'").hasMessageContaining("low, medium or high");
    }
}
