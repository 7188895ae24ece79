package dev.gantry.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.ToolSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptCacheMarksTest {
    private static Map<String, Object> mark(ChatMessage m) {
        return ((ContentPart.Text) m.content().getLast()).cacheControl();
    }

    @Test
    void should_mark_the_tools_the_system_prompt_and_the_conversation_before_the_newest_user_turn() {
        ChatRequest r = ChatRequest.builder().model("m").tools(List.of(new ToolSpec("a", "A", Map.of()),
                new ToolSpec("b", "B", Map.of()))).messages(List.of(ChatMessage.system("Long rules and documents"),
                ChatMessage.user("first question"), ChatMessage.assistant("first answer"), ChatMessage.user("newest")))
                .build();

        ChatRequest marked = PromptCacheMarks.mark(r);

        assertThat(marked.tools().get(0).cacheControl()).isNull();
        assertThat(marked.tools().get(1).cacheControl()).isEqualTo(Map.of("type", "ephemeral"));
        assertThat(mark(marked.messages().get(0))).isEqualTo(Map.of("type", "ephemeral"));
        assertThat(mark(marked.messages().get(1))).isNull();
        assertThat(mark(marked.messages().get(2))).isEqualTo(Map.of("type", "ephemeral"));
        assertThat(mark(marked.messages().get(3))).isNull();
        assertThat(marked.messages().get(0).text()).isEqualTo("Long rules and documents");
    }

    @Test
    void should_leave_a_request_alone_when_its_client_placed_breakpoints() {
        ChatMessage own = new ChatMessage(dev.gantry.core.chat.Role.SYSTEM,
                List.of(new ContentPart.Text("rules", Map.of("type", "ephemeral", "ttl", "1h"))), null, null, null, false);
        ChatRequest r = ChatRequest.builder().model("m").messages(List.of(own, ChatMessage.user("q"))).build();
        assertThat(PromptCacheMarks.mark(r)).isSameAs(r);
    }

    @Test
    void should_mark_only_the_system_prompt_of_a_single_turn() {
        ChatRequest r = ChatRequest.builder().model("m").messages(List.of(ChatMessage.system("s"), ChatMessage.user("q")))
                .build();
        ChatRequest marked = PromptCacheMarks.mark(r);
        assertThat(mark(marked.messages().get(0))).isNotNull();
        assertThat(mark(marked.messages().get(1))).isNull();
    }
}
