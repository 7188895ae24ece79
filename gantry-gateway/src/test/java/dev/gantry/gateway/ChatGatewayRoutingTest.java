package dev.gantry.gateway;

import static dev.gantry.gateway.ScriptedChatModel.fail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.gateway.route.Balance;
import dev.gantry.gateway.route.BreakerPolicy;
import dev.gantry.gateway.route.ModelRoute;
import dev.gantry.gateway.route.RetryPolicy;
import dev.gantry.gateway.route.Target;
import dev.gantry.gateway.route.Timeouts;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatGatewayRoutingTest {
    private static final RetryPolicy FAST_RETRY = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5));

    static ModelRoute route(String alias, List<Target> targets, List<String> fallbacks, String contextFallback) {
        return new ModelRoute(alias, targets, Balance.WEIGHTED, fallbacks, contextFallback, Timeouts.DEFAULT,
                FAST_RETRY, new BreakerPolicy(50f, 4, 4, Duration.ofMinutes(5), 1), 0, 0);
    }

    static ChatRequest ask(String model) {
        return ChatRequest.builder().model(model).messages(List.of(ChatMessage.user("hi"))).build();
    }

    @Test
    void should_spread_calls_by_weight() {
        GatewayFixture f = new GatewayFixture(List.of("a", "b"));
        ChatGateway g = f.build(List.of(route("chat", List.of(new Target("a", "m1", 3), new Target("b", "m1", 1)),
                List.of(), null)), List.of());
        for (int i = 0; i < 400; i++) g.chat(ask("chat"), GatewayFixture.ctx(null));
        int a = f.model("a").calls.get();
        int b = f.model("b").calls.get();
        assertThat(a + b).isEqualTo(400);
        assertThat((double) a / b).isBetween(2.0, 4.5);
    }

    @Test
    void should_retry_a_retriable_error_and_report_the_attempts() {
        GatewayFixture f = new GatewayFixture(List.of("a"));
        ChatGateway g = f.build(List.of(route("chat", List.of(new Target("a", "m1", 1)), List.of(), null)), List.of());
        f.model("a").then(fail(ErrorKind.UPSTREAM_ERROR));
        GatewayResult<ChatResponse> r = g.chat(ask("chat"), GatewayFixture.ctx(null));
        assertThat(r.attempts()).isEqualTo(2);
        assertThat(r.route()).isEqualTo("a/m1!upstream_error > a/m1");
        assertThat(r.value().message().text()).isEqualTo("ok from a");
    }

    @Test
    void should_fall_back_to_the_next_alias_once_retries_are_spent() {
        GatewayFixture f = new GatewayFixture(List.of("a", "b"));
        ChatGateway g = f.build(List.of(
                route("chat", List.of(new Target("a", "m1", 1)), List.of("backup"), null),
                route("backup", List.of(new Target("b", "m2", 1)), List.of(), null)), List.of());
        for (int i = 0; i < 3; i++) f.model("a").then(fail(ErrorKind.RATE_LIMITED));
        GatewayResult<ChatResponse> r = g.chat(ask("chat"), GatewayFixture.ctx(null));
        assertThat(r.provider()).isEqualTo("b");
        assertThat(r.upstreamModel()).isEqualTo("m2");
        assertThat(r.attempts()).isEqualTo(4);
        assertThat(f.model("b").requests.get(0).model()).isEqualTo("m2");
    }

    @Test
    void should_not_retry_or_fall_back_on_a_client_error() {
        GatewayFixture f = new GatewayFixture(List.of("a", "b"));
        ChatGateway g = f.build(List.of(
                route("chat", List.of(new Target("a", "m1", 1)), List.of("backup"), null),
                route("backup", List.of(new Target("b", "m2", 1)), List.of(), null)), List.of());
        f.model("a").then(fail(ErrorKind.INVALID_REQUEST));
        assertThatThrownBy(() -> g.chat(ask("chat"), GatewayFixture.ctx(null)))
                .isInstanceOfSatisfying(GantryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST));
        assertThat(f.model("a").calls.get()).isEqualTo(1);
        assertThat(f.model("b").calls.get()).isZero();
    }

    @Test
    void should_send_a_too_long_prompt_to_the_larger_context_fallback() {
        GatewayFixture f = new GatewayFixture(List.of("a", "b"));
        ChatGateway g = f.build(List.of(
                route("chat", List.of(new Target("a", "m1", 1)), List.of(), "chat-large"),
                route("chat-large", List.of(new Target("b", "big", 1)), List.of(), null)), List.of());
        f.model("a").then(fail(ErrorKind.CONTEXT_LENGTH_EXCEEDED));
        GatewayResult<ChatResponse> r = g.chat(ask("chat"), GatewayFixture.ctx(null));
        assertThat(r.upstreamModel()).isEqualTo("big");
        assertThat(r.route()).isEqualTo("a/m1!context_length_exceeded > b/big");
    }

    @Test
    void should_open_the_circuit_of_a_failing_target_and_stop_calling_it() {
        GatewayFixture f = new GatewayFixture(List.of("a", "b"));
        ChatGateway g = f.build(List.of(route("chat",
                List.of(new Target("a", "m1", 1000), new Target("b", "m1", 1)), List.of(), null)), List.of());
        for (int i = 0; i < 100; i++) f.model("a").then(fail(ErrorKind.UPSTREAM_UNAVAILABLE));
        for (int i = 0; i < 50; i++) {
            assertThat(g.chat(ask("chat"), GatewayFixture.ctx(null)).value().message().text()).isEqualTo("ok from b");
        }
        // the window is 4 calls: once it is full of failures the breaker opens and "a" is skipped
        assertThat(f.model("a").calls.get()).isEqualTo(4);
        assertThat(f.model("b").calls.get()).isEqualTo(50);
    }

    @Test
    void should_say_which_models_exist_when_the_alias_is_unknown() {
        GatewayFixture f = new GatewayFixture(List.of("a"));
        ChatGateway g = f.build(List.of(route("chat", List.of(new Target("a", "m1", 1)), List.of(), null)), List.of());
        assertThatThrownBy(() -> g.chat(ask("gpt-9"), GatewayFixture.ctx(null)))
                .isInstanceOfSatisfying(GantryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
                    assertThat(e.getMessage()).contains("'gpt-9'", "chat");
                });
        assertThat(f.outcomes).singleElement().satisfies(o -> assertThat(o.usage().status()).isEqualTo(404));
    }

    @Test
    void should_address_a_provider_directly_as_provider_slash_model() {
        GatewayFixture f = new GatewayFixture(List.of("a"));
        ChatGateway g = f.build(List.of(), List.of());
        GatewayResult<ChatResponse> r = g.chat(ask("a/some-model"), GatewayFixture.ctx(null));
        assertThat(r.upstreamModel()).isEqualTo("some-model");
    }

    @Test
    void should_balance_to_the_target_with_fewest_calls_in_flight() {
        GatewayFixture f = new GatewayFixture(List.of("a", "b"));
        ModelRoute r = new ModelRoute("chat", List.of(new Target("a", "m1", 1), new Target("b", "m1", 1)),
                Balance.LEAST_IN_FLIGHT, List.of(), null, Timeouts.DEFAULT, FAST_RETRY, BreakerPolicy.DEFAULT, 0, 0);
        ChatGateway g = f.build(List.of(r), List.of());
        // ties go to the first target, so the hanging stream takes "a" and keeps one call in flight there
        f.model("a").then(new ScriptedChatModel.Hang());
        Thread.ofVirtual().start(() -> {
            try {
                g.stream(ask("chat").withStream(true), GatewayFixture.ctx(null));
            } catch (GantryException ignored) {
                // ends with the first-token timeout, after the test
            }
        });
        while (f.model("a").calls.get() == 0) Thread.onSpinWait();
        for (int i = 0; i < 20; i++) g.chat(ask("chat"), GatewayFixture.ctx(null));
        assertThat(f.model("a").calls.get()).isEqualTo(1);
        assertThat(f.model("b").calls.get()).isEqualTo(20);
    }
}
