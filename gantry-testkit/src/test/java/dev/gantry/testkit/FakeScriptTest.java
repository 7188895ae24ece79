package dev.gantry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.chat.Usage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeScriptTest {
    private static final WireRequest REQUEST = new WireRequest(FakeDialect.OPENAI, "m", false, false, 1, null,
            "what is up", 6, null, null, List.of());

    @Test
    void should_return_a_copy_from_every_modifier() {
        FakeScript base = FakeScript.text("Hi");

        FakeScript slow = base.latency(Duration.ofSeconds(1)).cutAfterChunks(2);

        assertThat(base.latency()).isZero();
        assertThat(base.fault()).isNull();
        assertThat(slow.latency()).isEqualTo(Duration.ofSeconds(1));
        assertThat(slow.fault()).isEqualTo(new FakeScript.Fault(FakeScript.FaultType.CUT, 2, Duration.ZERO));
        assertThat(slow.text()).isEqualTo("Hi");
    }

    @Test
    void should_reject_impossible_values_with_the_fix_in_the_message() {
        assertThatThrownBy(() -> FakeScript.error(200)).hasMessageContaining("200").hasMessageContaining("400..599");
        assertThatThrownBy(() -> FakeScript.text("x").cutAfterChunks(-1)).hasMessageContaining("-1");
        assertThatThrownBy(FakeScript::toolCalls).hasMessageContaining("at least one");
    }

    @Test
    void should_default_usage_to_word_counts_and_finish_to_stop() {
        Reply reply = Reply.of(FakeScript.text("three small words").thinking("think hard"), REQUEST, "id-");

        assertThat(reply.usage()).isEqualTo(new Usage(6, 5, 0, 0, 2));
        assertThat(reply.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(reply.id()).startsWith("id-");
    }

    @Test
    void should_echo_without_text_and_finish_tool_calls_with_tool_calls() {
        Reply echo = Reply.of(FakeScript.echo(), REQUEST, "");
        Reply tools = Reply.of(FakeScript.toolCalls(new ToolCall("c", "f", "{\"a\": 1}")), REQUEST, "");

        assertThat(echo.text()).isEqualTo("You said: what is up");
        assertThat(tools.text()).isNull();
        assertThat(tools.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
        assertThat(tools.usage().outputTokens()).isEqualTo(3);
    }

    @Test
    void should_pick_behaviour_from_the_model_name() {
        assertThat(ModelBehaviours.forModel("fake-error-502").status()).isEqualTo(502);
        assertThat(ModelBehaviours.forModel("fake-429").retryAfterSeconds()).isEqualTo(1);
        assertThat(ModelBehaviours.forModel("fake-slow-250").latency()).isEqualTo(Duration.ofMillis(250));
        assertThat(ModelBehaviours.forModel("fake-tool").calls()).extracting(ToolCall::name).containsExactly("get_weather");
        assertThat(ModelBehaviours.forModel("fake-slow-abc").kind()).isEqualTo(FakeScript.Kind.ANSWER);
        assertThat(ModelBehaviours.forModel("gpt-4o").text()).isNull();
    }
}
