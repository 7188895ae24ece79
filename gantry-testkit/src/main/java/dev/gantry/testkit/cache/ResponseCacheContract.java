package dev.gantry.testkit.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.cache.CachedAnswer;
import dev.gantry.core.cache.ResponseCache;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.Choice;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.Usage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link ResponseCache} adapter must do. Subclass and return a fresh, empty cache. */
public abstract class ResponseCacheContract {
    protected abstract ResponseCache cache();

    public static CachedAnswer answer(String text) {
        ChatResponse r = new ChatResponse("r1", "m", 1, List.of(new Choice(0, ChatMessage.assistant(text),
                FinishReason.STOP, null)), Usage.of(10, 5), null, null);
        return new CachedAnswer(r, new BigDecimal("0.0012"), "oai", "gpt-4o-mini", Instant.parse("2026-12-07T00:00:00Z"));
    }

    @Test
    void should_return_what_was_put_under_the_same_key_only() {
        ResponseCache c = cache();
        c.put("k1", answer("one"), Duration.ofMinutes(5));
        assertThat(c.get("k1")).hasValueSatisfying(a -> {
            assertThat(a.response().message().text()).isEqualTo("one");
            assertThat(a.costUsd()).isEqualByComparingTo("0.0012");
            assertThat(a.provider()).isEqualTo("oai");
        });
        assertThat(c.get("k2")).isEmpty();
    }

    @Test
    void should_replace_an_entry_put_again() {
        ResponseCache c = cache();
        c.put("k", answer("old"), Duration.ofMinutes(5));
        c.put("k", answer("new"), Duration.ofMinutes(5));
        assertThat(c.get("k")).hasValueSatisfying(a -> assertThat(a.response().message().text()).isEqualTo("new"));
    }

    @Test
    void should_forget_an_entry_after_its_ttl() throws InterruptedException {
        ResponseCache c = cache();
        c.put("short", answer("x"), Duration.ofMillis(50));
        c.put("zero", answer("x"), Duration.ZERO);
        Thread.sleep(200);
        assertThat(c.get("short")).isEmpty();
        assertThat(c.get("zero")).isEmpty();
    }
}
