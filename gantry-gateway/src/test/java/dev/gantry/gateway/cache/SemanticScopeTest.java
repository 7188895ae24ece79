package dev.gantry.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ToolSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SemanticScopeTest {
    private static ChatRequest ask(String earlier, String latest) {
        return ChatRequest.builder().model("chat").temperature(0.0).messages(List.of(ChatMessage.system("Be brief."),
                ChatMessage.user(earlier), ChatMessage.assistant("Sure."), ChatMessage.user(latest))).build();
    }

    @Test
    void should_leave_out_the_latest_user_turn_only() {
        String base = CacheKeys.context("t", ask("About invoices.", "How do I download one?"));
        assertThat(CacheKeys.context("t", ask("About invoices.", "Where can I get a copy?"))).isEqualTo(base);
        assertThat(CacheKeys.context("t", ask("About receipts.", "How do I download one?"))).isNotEqualTo(base);
    }

    @Test
    void should_change_with_everything_else_that_shapes_the_answer() {
        ChatRequest r = ask("About invoices.", "How do I download one?");
        String base = CacheKeys.context("t", r);
        assertThat(CacheKeys.context("t", r.toBuilder().stream(true).user("u").build())).isEqualTo(base);
        assertThat(CacheKeys.context("other-tenant", r)).isNotEqualTo(base);
        assertThat(CacheKeys.context("t", r.toBuilder().model("chat-2").build())).isNotEqualTo(base);
        assertThat(CacheKeys.context("t", r.toBuilder().temperature(0.2).build())).isNotEqualTo(base);
        assertThat(CacheKeys.context("t", r.toBuilder().maxTokens(5).build())).isNotEqualTo(base);
        assertThat(CacheKeys.context("t", r.toBuilder().tools(List.of(new ToolSpec("f", "d", Map.of()))).build()))
                .isNotEqualTo(base);
        List<ChatMessage> otherSystem = new java.util.ArrayList<>(r.messages());
        otherSystem.set(0, ChatMessage.system("Be thorough."));
        assertThat(CacheKeys.context("t", r.toBuilder().messages(otherSystem).build())).isNotEqualTo(base);
    }

    @Test
    void should_never_equal_an_exact_key() {
        ChatRequest single = ChatRequest.builder().model("chat").messages(List.of(ChatMessage.user("hi"))).build();
        assertThat(CacheKeys.context("t", single)).isNotEqualTo(CacheKeys.of("t", single.toBuilder().messages(List.of()).build()));
    }
}
