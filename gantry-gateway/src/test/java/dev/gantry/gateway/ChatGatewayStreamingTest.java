package dev.gantry.gateway;

import static dev.gantry.gateway.ScriptedChatModel.fail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.gateway.route.Balance;
import dev.gantry.gateway.route.BreakerPolicy;
import dev.gantry.gateway.route.ModelRoute;
import dev.gantry.gateway.route.RetryPolicy;
import dev.gantry.gateway.route.Target;
import dev.gantry.gateway.route.Timeouts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatGatewayStreamingTest {

    private static ChatRequest streamAsk(boolean includeUsage) {
        return ChatGatewayRoutingTest.ask("chat").toBuilder().stream(true).includeUsage(includeUsage).build();
    }

    private static GatewayFixture twoAliases() {
        GatewayFixture f = new GatewayFixture(List.of("a", "b"));
        f.build(List.of(
                ChatGatewayRoutingTest.route("chat", List.of(new Target("a", "m1", 1)), List.of("backup"), null),
                ChatGatewayRoutingTest.route("backup", List.of(new Target("b", "m2", 1)), List.of(), null)), List.of());
        return f;
    }

    private static List<ChatChunk> drain(GatewayStream s) {
        List<ChatChunk> out = new ArrayList<>();
        ChatChunk c;
        while ((c = s.next()) != null) out.add(c);
        return out;
    }

    @Test
    void should_fall_back_invisibly_when_a_stream_fails_before_its_first_token() {
        GatewayFixture f = twoAliases();
        for (int i = 0; i < 3; i++) f.model("a").then(new ScriptedChatModel.StreamFailAfter(0, ErrorKind.CONNECTION));
        GatewayStream s = f.chat.stream(streamAsk(false), GatewayFixture.ctx(null));
        assertThat(s.provider()).isEqualTo("b");
        List<ChatChunk> chunks = drain(s);
        assertThat(chunks.get(0).choices().get(0).content()).isEqualTo("ok from b");
        assertThat(f.model("a").closed.get()).isEqualTo(3);
    }

    @Test
    void should_fail_loudly_when_a_stream_breaks_after_its_first_token() {
        GatewayFixture f = twoAliases();
        f.model("a").then(new ScriptedChatModel.StreamFailAfter(1, ErrorKind.UPSTREAM_ERROR));
        GatewayStream s = f.chat.stream(streamAsk(false), GatewayFixture.ctx(null));
        assertThat(s.next().choices().get(0).content()).isEqualTo("partial");
        assertThatThrownBy(s::next).isInstanceOfSatisfying(GantryException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM_ERROR));
        assertThat(f.model("b").calls.get()).isZero();
        assertThat(f.outcomes).singleElement().satisfies(o -> {
            assertThat(o.usage().errorKind()).isEqualTo("upstream_error");
            assertThat(o.usage().outputTokens()).isPositive();
        });
    }

    @Test
    void should_hide_the_usage_chunk_unless_the_client_asked_for_it_but_always_account_it() {
        GatewayFixture f = twoAliases();
        f.model("a").then(new ScriptedChatModel.Answer("x", new Usage(100, 20, 0, 0, 0)));
        List<ChatChunk> hidden = drain(f.chat.stream(streamAsk(false), GatewayFixture.ctx(null)));
        assertThat(hidden).allSatisfy(c -> assertThat(c.usage()).isNull());
        assertThat(f.model("a").requests.get(0).includeUsage()).isTrue();
        assertThat(f.outcomes.get(0).usage().inputTokens()).isEqualTo(100);
        // $1/M in, $2/M out: 100 * 1e-6 + 20 * 2e-6
        assertThat(f.outcomes.get(0).usage().costUsd()).isEqualByComparingTo("0.00014");

        List<ChatChunk> shown = drain(f.chat.stream(streamAsk(true), GatewayFixture.ctx(null)));
        assertThat(shown.get(shown.size() - 1).usage()).isNotNull();
    }

    @Test
    void should_cancel_the_upstream_when_the_client_goes_away() {
        GatewayFixture f = twoAliases();
        GatewayStream s = f.chat.stream(streamAsk(false), GatewayFixture.ctx(null));
        s.next();
        s.close();
        assertThat(f.model("a").closed.get()).isEqualTo(1);
        assertThat(f.outcomes).singleElement().satisfies(o -> assertThat(o.usage().status()).isEqualTo(499));
        assertThat(s.next()).isNull();
    }

    @Test
    void should_time_out_a_silent_upstream_and_fall_back() {
        GatewayFixture f = new GatewayFixture(List.of("a", "b"));
        Timeouts quick = new Timeouts(Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ofSeconds(10));
        RetryPolicy once = new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1));
        f.build(List.of(
                new ModelRoute("chat", List.of(new Target("a", "m1", 1)), Balance.WEIGHTED, List.of("backup"), null,
                        quick, once, BreakerPolicy.DEFAULT, 0, 0),
                ChatGatewayRoutingTest.route("backup", List.of(new Target("b", "m2", 1)), List.of(), null)), List.of());
        f.model("a").then(new ScriptedChatModel.Hang());
        GatewayStream s = f.chat.stream(streamAsk(false), GatewayFixture.ctx(null));
        assertThat(s.provider()).isEqualTo("b");
        assertThat(s.route()).startsWith("a/m1!timeout");
        drain(s);
    }

    @Test
    void should_report_a_refused_stream_before_any_upstream_call() {
        GatewayFixture f = twoAliases();
        f.model("a").then(fail(ErrorKind.AUTHENTICATION));
        assertThatThrownBy(() -> f.chat.stream(streamAsk(false), GatewayFixture.ctx(null)))
                .isInstanceOf(GantryException.class);
        assertThat(f.outcomes).singleElement().satisfies(o -> assertThat(o.usage().stream()).isTrue());
    }
}
