package dev.gantry.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.guard.Guardrail;
import dev.gantry.core.keys.KeyHashing;
import dev.gantry.core.keys.VirtualKey;
import dev.gantry.gateway.route.ModelRoute;
import dev.gantry.gateway.route.Target;
import dev.gantry.local.CaffeineResponseCache;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatGatewayCacheTest {
    private final GatewayFixture f = new GatewayFixture(List.of("a"));
    private final ChatGateway g;

    ChatGatewayCacheTest() {
        ModelRoute plain = ChatGatewayRoutingTest.route("chat", List.of(new Target("a", "m1", 1)), List.of(), null);
        ModelRoute cached = new ModelRoute(plain.alias(), plain.targets(), plain.balance(), List.of(), null,
                plain.timeouts(), plain.retry(), plain.breaker(), 0, 0, null, Duration.ofMinutes(5), null, false);
        ModelRoute uncached = ChatGatewayRoutingTest.route("fresh", List.of(new Target("a", "m1", 1)), List.of(), null);
        List<VirtualKey> keys = List.of(key("k1"), key("k2"));
        g = f.build(List.of(cached, uncached), keys, Guardrail.NONE, io.opentelemetry.api.OpenTelemetry.noop(),
                new CaffeineResponseCache(1_000_000));
    }

    private static VirtualKey key(String name) {
        return new VirtualKey(name, KeyHashing.sha256(name + "-secret"), List.of(), 0, 0, null, true, Instant.now());
    }

    private static RequestContext as(String key) {
        return GatewayFixture.ctx(key + "-secret");
    }

    private static ChatRequest ask(String model) {
        return ChatGatewayRoutingTest.ask(model);
    }

    @Test
    void should_answer_an_identical_request_from_the_cache_for_nothing_and_record_the_saving() {
        f.model("a").then(new ScriptedChatModel.Answer("forty-two", Usage.of(1_000, 500)));
        GatewayResult<ChatResponse> miss = g.chat(ask("chat"), as("k1"));
        GatewayResult<ChatResponse> hit = g.chat(ask("chat"), as("k1"));

        assertThat(f.model("a").calls.get()).isEqualTo(1);
        assertThat(miss.cache()).isEqualTo("miss");
        assertThat(hit.cache()).isEqualTo("hit");
        assertThat(hit.value().message().text()).isEqualTo("forty-two");
        assertThat(hit.value().usage()).isEqualTo(Usage.ZERO);
        assertThat(hit.costUsd()).isZero();
        assertThat(hit.provider()).isEqualTo("cache");
        assertThat(f.outcomes).hasSize(2);
        assertThat(f.outcomes.get(1).usage()).satisfies(u -> {
            assertThat(u.cache()).isEqualTo("hit");
            assertThat(u.costUsd()).isZero();
            assertThat(u.savedUsd()).isEqualByComparingTo(miss.costUsd()).isPositive();
            assertThat(u.attempts()).isZero();
        });
    }

    @Test
    void should_keep_tenants_apart_and_leave_uncached_aliases_alone() {
        g.chat(ask("chat"), as("k1"));
        assertThat(g.chat(ask("chat"), as("k2")).cache()).isEqualTo("miss");
        assertThat(g.chat(ask("fresh"), as("k1")).cache()).isNull();
        assertThat(g.chat(ask("fresh"), as("k1")).cache()).isNull();
        assertThat(f.model("a").calls.get()).isEqualTo(4);
    }

    @Test
    void should_replay_a_cached_answer_as_a_stream_and_cache_a_streamed_one() {
        f.model("a").then(new ScriptedChatModel.Answer("x".repeat(150), Usage.of(10, 50)));
        g.chat(ask("chat"), as("k1"));
        GatewayStream replay = g.stream(ask("chat").toBuilder().stream(true).includeUsage(true).build(), as("k1"));
        StringBuilder text = new StringBuilder();
        Usage usage = null;
        for (ChatChunk c = replay.next(); c != null; c = replay.next()) {
            c.choices().forEach(d -> text.append(d.content() == null ? "" : d.content()));
            if (c.usage() != null) usage = c.usage();
        }
        assertThat(text).hasToString("x".repeat(150));
        assertThat(usage).isEqualTo(Usage.ZERO);
        assertThat(replay.cache()).isEqualTo("hit");
        assertThat(f.outcomes.get(f.outcomes.size() - 1).usage().stream()).isTrue();

        f.model("a").then(new ScriptedChatModel.Answer("streamed first", Usage.of(10, 3)));
        GatewayStream miss = g.stream(ChatGatewayRoutingTest.ask("chat").toBuilder().messages(
                List.of(dev.gantry.core.chat.ChatMessage.user("other"))).stream(true).build(), as("k1"));
        while (miss.next() != null) {
            // drain: the whole answer is cached at the end
        }
        GatewayResult<ChatResponse> hit = g.chat(ChatGatewayRoutingTest.ask("chat").toBuilder().messages(
                List.of(dev.gantry.core.chat.ChatMessage.user("other"))).build(), as("k1"));
        assertThat(hit.cache()).isEqualTo("hit");
        assertThat(hit.value().message().text()).isEqualTo("streamed first");
        assertThat(f.outcomes.get(f.outcomes.size() - 1).usage().savedUsd()).isPositive();
    }

    @Test
    void should_not_cache_a_failure() {
        for (int i = 0; i < 3; i++) f.model("a").then(ScriptedChatModel.fail(ErrorKind.UPSTREAM_ERROR));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> g.chat(ask("chat"), as("k1")));
        assertThat(g.chat(ask("chat"), as("k1")).cache()).isEqualTo("miss");
    }
}
