package dev.gantry.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.guard.Guardrail;
import dev.gantry.core.keys.KeyHashing;
import dev.gantry.core.keys.VirtualKey;
import dev.gantry.gateway.cache.QueryEmbedder;
import dev.gantry.gateway.cache.QueryVectors;
import dev.gantry.gateway.route.ModelRoute;
import dev.gantry.gateway.route.SemanticPolicy;
import dev.gantry.gateway.route.Target;
import dev.gantry.local.CaffeineResponseCache;
import dev.gantry.local.InMemorySemanticCache;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ChatGatewaySemanticCacheTest {
    /** Texts as unit vectors at an angle (degrees): cosine of two texts = cos of their angle difference. */
    private static final Map<String, Double> ANGLES = Map.of("How do I reset my password?", 0.0,
            "What's the way to reset my password?", 10.0, // cos 10 = 0.985
            "How do I reset my PIN?", 25.0, // cos 25 = 0.906
            "How do I convert JSON to XML?", 50.0, "How do I convert XML to JSON?", 51.0); // cos 1 = 0.9998
    private final AtomicInteger embedded = new AtomicInteger();
    private final GatewayFixture f = new GatewayFixture(List.of("a"));
    private final ChatGateway g;

    ChatGatewaySemanticCacheTest() {
        ModelRoute plain = ChatGatewayRoutingTest.route("faq", List.of(new Target("a", "m1", 1)), List.of(), null);
        ModelRoute faq = new ModelRoute(plain.alias(), plain.targets(), plain.balance(), List.of(), null,
                plain.timeouts(), plain.retry(), plain.breaker(), 0, 0, null, Duration.ofMinutes(5),
                new SemanticPolicy(0.95, false, false), false);
        QueryEmbedder angles = new QueryEmbedder() {
            @Override
            public String model() {
                return "angles";
            }

            @Override
            public float[] embed(String text) {
                embedded.incrementAndGet();
                if (text.equals("boom")) throw new IllegalStateException("model crashed");
                double a = Math.toRadians(ANGLES.getOrDefault(text, 90.0));
                return new float[] {(float) Math.cos(a), (float) Math.sin(a)};
            }
        };
        SemanticCaching semantic = new SemanticCaching(new InMemorySemanticCache(1_000_000), new QueryVectors(angles, 100));
        g = f.build(List.of(faq), List.of(key("k1"), key("k2")), Guardrail.NONE, io.opentelemetry.api.OpenTelemetry.noop(),
                new CaffeineResponseCache(1_000_000), semantic);
    }

    private static VirtualKey key(String name) {
        return new VirtualKey(name, KeyHashing.sha256(name + "-secret"), List.of(), 0, 0, null, true, Instant.now());
    }

    private static RequestContext as(String key) {
        return GatewayFixture.ctx(key + "-secret");
    }

    private static ChatRequest ask(String text) {
        return ChatRequest.builder().model("faq").temperature(0.0).messages(List.of(ChatMessage.system("Support bot."),
                ChatMessage.user(text))).build();
    }

    @Test
    void should_serve_a_paraphrase_from_the_cache_with_its_similarity_and_record_it_as_a_semantic_hit() {
        f.model("a").then(new ScriptedChatModel.Answer("Use the reset link.", Usage.of(1_000, 500)));
        GatewayResult<ChatResponse> miss = g.chat(ask("How do I reset my password?"), as("k1"));
        GatewayResult<ChatResponse> hit = g.chat(ask("What's the way to reset my password?"), as("k1"));

        assertThat(f.model("a").calls.get()).isEqualTo(1);
        assertThat(miss.cache()).isEqualTo("miss");
        assertThat(hit.cache()).isEqualTo("semantic_hit");
        assertThat(hit.cacheSimilarity()).isCloseTo(Math.cos(Math.toRadians(10)), Offset.offset(1e-5));
        assertThat(hit.value().message().text()).isEqualTo("Use the reset link.");
        assertThat(hit.value().usage()).isEqualTo(Usage.ZERO);
        assertThat(hit.provider()).isEqualTo("cache");
        assertThat(f.outcomes.get(1).usage()).satisfies(u -> {
            assertThat(u.cache()).isEqualTo("semantic_hit");
            assertThat(u.savedUsd()).isEqualByComparingTo(miss.costUsd()).isPositive();
        });
    }

    @Test
    void should_prefer_an_exact_hit_and_miss_below_the_threshold() {
        g.chat(ask("How do I reset my password?"), as("k1"));
        assertThat(g.chat(ask("How do I reset my password?"), as("k1")).cache()).isEqualTo("hit");
        assertThat(g.chat(ask("How do I reset my PIN?"), as("k1")).cache()).isEqualTo("miss");
        assertThat(f.model("a").calls.get()).isEqualTo(2);
    }

    @Test
    void should_refuse_a_very_similar_turn_that_differs_in_a_detail() {
        g.chat(ask("How do I convert JSON to XML?"), as("k1"));
        assertThat(g.chat(ask("How do I convert XML to JSON?"), as("k1")).cache()).isEqualTo("miss");
    }

    @Test
    void should_keep_tenants_and_conversations_apart() {
        g.chat(ask("How do I reset my password?"), as("k1"));
        assertThat(g.chat(ask("What's the way to reset my password?"), as("k2")).cache()).isEqualTo("miss");
        ChatRequest otherSystem = ask("What's the way to reset my password?").toBuilder().messages(List.of(
                ChatMessage.system("Sales bot."), ChatMessage.user("What's the way to reset my password?"))).build();
        assertThat(g.chat(otherSystem, as("k1")).cache()).isEqualTo("miss");
    }

    @Test
    void should_not_embed_sampled_requests_nor_serve_them_similar_answers() {
        g.chat(ask("How do I reset my password?"), as("k1"));
        int before = embedded.get();
        GatewayResult<ChatResponse> sampled = g.chat(ask("What's the way to reset my password?").toBuilder()
                .temperature(0.7).build(), as("k1"));
        assertThat(sampled.cache()).isEqualTo("miss");
        assertThat(embedded.get()).isEqualTo(before);
    }

    @Test
    void should_embed_a_text_asked_again_once() {
        g.chat(ask("How do I reset my PIN?"), as("k1"));
        g.chat(ask("How do I reset my PIN?"), as("k2"));
        assertThat(embedded.get()).isEqualTo(1);
    }

    @Test
    void should_answer_from_upstream_when_embedding_fails() {
        GatewayResult<ChatResponse> r = g.chat(ask("boom"), as("k1"));
        assertThat(r.cache()).isEqualTo("miss");
        assertThat(r.provider()).isEqualTo("a");
    }

    @Test
    void should_replay_a_semantic_hit_as_a_stream() {
        f.model("a").then(new ScriptedChatModel.Answer("Use the reset link.", Usage.of(10, 5)));
        g.chat(ask("How do I reset my password?"), as("k1"));
        GatewayStream s = g.stream(ask("What's the way to reset my password?").toBuilder().stream(true).build(), as("k1"));
        StringBuilder text = new StringBuilder();
        for (ChatChunk c = s.next(); c != null; c = s.next()) {
            c.choices().forEach(d -> text.append(d.content() == null ? "" : d.content()));
        }
        assertThat(text).hasToString("Use the reset link.");
        assertThat(s.cache()).isEqualTo("semantic_hit");
        assertThat(s.cacheSimilarity()).isGreaterThan(0.95);
        assertThat(f.outcomes.getLast().usage().cache()).isEqualTo("semantic_hit");
    }
}
