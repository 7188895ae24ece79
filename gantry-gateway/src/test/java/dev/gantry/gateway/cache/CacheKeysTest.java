package dev.gantry.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CacheKeysTest {
    private static ChatRequest ask(String text) {
        return ChatRequest.builder().model("chat").messages(List.of(ChatMessage.system("Be brief."), ChatMessage.user(text)))
                .temperature(0.0).build();
    }

    @Test
    void should_ignore_streaming_usage_and_tags_but_not_anything_that_shapes_the_answer() {
        String base = CacheKeys.of("team-a", ask("hi"));
        assertThat(CacheKeys.of("team-a", ask("hi").toBuilder().stream(true).includeUsage(true).user("u1").build()))
                .isEqualTo(base);
        assertThat(CacheKeys.of("team-b", ask("hi"))).isNotEqualTo(base);
        assertThat(CacheKeys.of("team-a", ask("hi!"))).isNotEqualTo(base);
        assertThat(CacheKeys.of("team-a", ask("hi").toBuilder().temperature(0.7).build())).isNotEqualTo(base);
        assertThat(CacheKeys.of("team-a", ask("hi").toBuilder().model("other").build())).isNotEqualTo(base);
        assertThat(CacheKeys.of("team-a", ask("hi").toBuilder().maxTokens(10).build())).isNotEqualTo(base);
    }

    @Test
    void should_not_depend_on_the_order_of_map_entries() {
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", 2);
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", 2);
        ba.put("a", 1);
        assertThat(CacheKeys.of("t", ask("hi").toBuilder().extra(ab).build()))
                .isEqualTo(CacheKeys.of("t", ask("hi").toBuilder().extra(ba).build()));
    }
}
