package dev.gantry.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.chat.ToolChoice;
import dev.gantry.core.chat.ToolSpec;
import dev.gantry.gateway.route.SemanticPolicy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SemanticRequestsTest {
    private static final SemanticPolicy STRICT = new SemanticPolicy(0.9, false, false);
    private static final SemanticPolicy LENIENT = new SemanticPolicy(0.9, true, true);

    private static ChatRequest.Builder greedy(ChatMessage... messages) {
        return ChatRequest.builder().model("chat").temperature(0.0).messages(List.of(messages));
    }

    @Test
    void should_compare_the_latest_user_turn_of_a_greedy_or_seeded_request() {
        assertThat(SemanticRequests.comparedText(greedy(ChatMessage.user("  How do I reset it? ")).build(), STRICT))
                .isEqualTo("How do I reset it?");
        ChatRequest seeded = greedy(ChatMessage.user("hi")).temperature(0.8).seed(7L).build();
        assertThat(SemanticRequests.comparedText(seeded, STRICT)).isEqualTo("hi");
    }

    @Test
    void should_bypass_sampled_requests_unless_the_route_allows_them() {
        ChatRequest absent = greedy(ChatMessage.user("hi")).temperature(null).build();
        ChatRequest warm = greedy(ChatMessage.user("hi")).temperature(0.7).build();
        ChatRequest many = greedy(ChatMessage.user("hi")).n(3).build();
        for (ChatRequest r : List.of(absent, warm, many)) {
            assertThat(SemanticRequests.comparedText(r, STRICT)).isNull();
            assertThat(SemanticRequests.comparedText(r, LENIENT)).isEqualTo("hi");
        }
    }

    @Test
    void should_bypass_requests_with_tools_unless_the_route_allows_them() {
        ChatRequest offered = greedy(ChatMessage.user("weather?")).tools(List.of(new ToolSpec("w", "weather", Map.of()))).build();
        ChatRequest chosen = greedy(ChatMessage.user("weather?")).toolChoice(ToolChoice.NONE).build();
        ChatRequest called = greedy(ChatMessage.user("weather?"),
                ChatMessage.assistantToolCalls(null, List.of(new ToolCall("c1", "w", "{}"))),
                ChatMessage.toolResult("c1", "sunny"), ChatMessage.user("and tomorrow?")).build();
        ChatRequest legacy = greedy(ChatMessage.user("weather?")).extra(Map.of("functions", List.of())).build();
        for (ChatRequest r : List.of(offered, chosen, called, legacy)) {
            assertThat(SemanticRequests.comparedText(r, STRICT)).isNull();
            assertThat(SemanticRequests.comparedText(r, LENIENT)).isNotNull();
        }
    }

    @Test
    void should_bypass_a_latest_turn_that_is_not_short_plain_user_text() {
        assertThat(SemanticRequests.comparedText(greedy(ChatMessage.user("x".repeat(SemanticRequests.MAX_CHARS + 1))).build(),
                LENIENT)).isNull();
        assertThat(SemanticRequests.comparedText(greedy(ChatMessage.user("x".repeat(SemanticRequests.MAX_CHARS))).build(),
                LENIENT)).isNotNull();
        assertThat(SemanticRequests.comparedText(greedy(ChatMessage.user("hi"), ChatMessage.assistant("Hello")).build(),
                LENIENT)).isNull();
        ChatMessage withImage = new ChatMessage(Role.USER, List.of(new ContentPart.Text("what is this?"),
                ContentPart.Image.ofUrl("https://example.com/a.png", null)), null, null, null, false);
        assertThat(SemanticRequests.comparedText(greedy(withImage).build(), LENIENT)).isNull();
        assertThat(SemanticRequests.comparedText(greedy(ChatMessage.user("   ")).build(), LENIENT)).isNull();
        assertThat(SemanticRequests.comparedText(greedy().build(), LENIENT)).isNull();
    }
}
