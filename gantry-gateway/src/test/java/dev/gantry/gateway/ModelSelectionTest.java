package dev.gantry.gateway;

import static dev.gantry.gateway.ScriptedChatModel.fail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.ToolSpec;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.usage.UsageRecord;
import dev.gantry.gateway.route.ModelRoute;
import dev.gantry.gateway.route.Selection;
import dev.gantry.gateway.route.Target;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Smart model selection through the gateway, with a stand-in scorer: "easy" prompts score 0.95, others 0.2. */
class ModelSelectionTest {
    private final GatewayFixture f = new GatewayFixture(List.of("strong", "cheap"));
    private final ChatGateway g = f.build(List.of(auto(0.9), ChatGatewayRoutingTest.route("mini",
            List.of(new Target("cheap", "m1", 1)), List.of(), null)), List.of());

    private static ModelRoute auto(double threshold) {
        ModelRoute strong = ChatGatewayRoutingTest.route("auto", List.of(new Target("strong", "big", 1)), List.of(), null);
        Selection select = new Selection("mini", threshold, p -> p.startsWith("easy") ? 0.95 : 0.2);
        return new ModelRoute(strong.alias(), strong.targets(), strong.balance(), strong.fallbacks(), null,
                strong.timeouts(), strong.retry(), strong.breaker(), 0, 0, null, null, null, false, select);
    }

    private static ChatRequest ask(String prompt) {
        return ChatRequest.builder().model("auto").messages(List.of(ChatMessage.system("be brief"),
                ChatMessage.user(prompt))).build();
    }

    private UsageRecord lastLedgerRow() {
        return f.outcomes.getLast().usage();
    }

    @Test
    void should_send_an_easy_prompt_to_the_cheap_alias_and_say_so() {
        GatewayResult<ChatResponse> r = g.chat(ask("easy: hello"), GatewayFixture.ctx(null));
        assertThat(r.route()).isEqualTo("cheap/m1");
        assertThat(r.selected()).isEqualTo("cheap; p_easy=0.950");
        assertThat(lastLedgerRow().selection()).isEqualTo("cheap; p_easy=0.950");
        assertThat(lastLedgerRow().alias()).isEqualTo("auto");
        assertThat(f.model("strong").calls.get()).isZero();
    }

    @Test
    void should_keep_a_prompt_under_the_threshold_on_the_strong_model() {
        GatewayResult<ChatResponse> r = g.chat(ask("prove the theorem"), GatewayFixture.ctx(null));
        assertThat(r.route()).isEqualTo("strong/big");
        assertThat(r.selected()).isEqualTo("strong; p_easy=0.200");
        assertThat(lastLedgerRow().routingSavedUsd()).isZero();
    }

    @Test
    void should_score_only_the_newest_user_message() {
        ChatRequest r = ChatRequest.builder().model("auto").messages(List.of(ChatMessage.user("prove it"),
                ChatMessage.assistant("..."), ChatMessage.user("easy: thanks"))).build();
        assertThat(g.chat(r, GatewayFixture.ctx(null)).selected()).startsWith("cheap");
    }

    @Test
    void should_fall_back_to_the_strong_model_when_the_cheap_one_fails() {
        f.model("cheap").then(fail(ErrorKind.UPSTREAM_ERROR)).then(fail(ErrorKind.UPSTREAM_ERROR))
                .then(fail(ErrorKind.UPSTREAM_ERROR));
        GatewayResult<ChatResponse> r = g.chat(ask("easy: hi"), GatewayFixture.ctx(null));
        assertThat(r.route()).endsWith("> strong/big");
        assertThat(r.value().message().text()).isEqualTo("ok from strong");
        assertThat(r.selected()).startsWith("cheap");
    }

    @Test
    void should_keep_requests_with_tools_on_the_strong_model_unscored() {
        ChatRequest withTools = ask("easy: weather?").toBuilder()
                .tools(List.of(new ToolSpec("weather", "the weather", Map.of("type", "object")))).build();
        GatewayResult<ChatResponse> r = g.chat(withTools, GatewayFixture.ctx(null));
        assertThat(r.route()).isEqualTo("strong/big");
        assertThat(r.selected()).isEqualTo("strong; reason=tools");
    }

    @Test
    void should_leave_aliases_without_select_unmarked() {
        GatewayResult<ChatResponse> r = g.chat(ask("easy: hi").withModel("mini"), GatewayFixture.ctx(null));
        assertThat(r.selected()).isNull();
        assertThat(lastLedgerRow().selection()).isNull();
    }

    @Test
    void should_say_what_it_selected_on_a_stream_replayed_from_the_cache() {
        GatewayFixture fx = new GatewayFixture(List.of("strong", "cheap"));
        ModelRoute mini = ChatGatewayRoutingTest.route("mini", List.of(new Target("cheap", "m1", 1)), List.of(), null);
        ModelRoute cachedMini = new ModelRoute(mini.alias(), mini.targets(), mini.balance(), List.of(), null,
                mini.timeouts(), mini.retry(), mini.breaker(), 0, 0, null, java.time.Duration.ofMinutes(5));
        ChatGateway gw = fx.build(List.of(auto(0.9), cachedMini), List.of(), dev.gantry.core.guard.Guardrail.NONE,
                io.opentelemetry.api.OpenTelemetry.noop(), new dev.gantry.local.CaffeineResponseCache(1_000_000));

        gw.chat(ask("easy: hi"), GatewayFixture.ctx(null));
        GatewayStream replayed = gw.stream(ask("easy: hi").toBuilder().stream(true).build(), GatewayFixture.ctx(null));

        assertThat(replayed.cache()).isEqualTo("hit");
        assertThat(replayed.selected()).isEqualTo("cheap; p_easy=0.950");
        assertThat(fx.model("cheap").calls.get()).isEqualTo(1);
    }
}
