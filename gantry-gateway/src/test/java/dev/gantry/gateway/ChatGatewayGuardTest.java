package dev.gantry.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.Choice;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.guard.GuardScope;
import dev.gantry.core.guard.GuardVerdict;
import dev.gantry.core.guard.GuardedExchange;
import dev.gantry.core.guard.Guardrail;
import dev.gantry.core.guard.StreamFilter;
import dev.gantry.gateway.route.Target;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gateway's side of the guard contract: what it sends upstream, what it returns, what it accounts. */
class ChatGatewayGuardTest {
    private static final String EMAIL = "ann@example.com";
    private static final String PLACEHOLDER = "<EMAIL_1>";

    @Test
    void should_send_the_guarded_request_upstream_and_return_the_guarded_answer() {
        GatewayFixture f = gateway(new PseudonymGuard());
        f.model("a").then(new ScriptedChatModel.Answer("Wrote to " + PLACEHOLDER, Usage.of(10, 5)));

        var result = f.chat.chat(ask("mail " + EMAIL), GatewayFixture.ctx(null));

        assertThat(f.model("a").requests.get(0).messages().get(0).text()).isEqualTo("mail " + PLACEHOLDER);
        assertThat(result.value().choices().get(0).message().text()).isEqualTo("Wrote to " + EMAIL);
    }

    @Test
    void should_refuse_a_blocked_request_before_any_provider_call_and_account_it() {
        GatewayFixture f = gateway(new PseudonymGuard());

        assertThatThrownBy(() -> f.chat.chat(ask("forbidden words"), GatewayFixture.ctx(null)))
                .isInstanceOfSatisfying(GantryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONTENT_FILTER));
        assertThat(f.model("a").calls.get()).isZero();
        assertThat(f.outcomes).singleElement().satisfies(o -> assertThat(o.usage().status()).isEqualTo(400));
    }

    @Test
    void should_charge_an_answer_that_the_output_guard_blocks() {
        GatewayFixture f = gateway(new PseudonymGuard());
        f.model("a").then(new ScriptedChatModel.Answer("forbidden reply", Usage.of(100, 20)));

        assertThatThrownBy(() -> f.chat.chat(ask("hi"), GatewayFixture.ctx(null)))
                .isInstanceOfSatisfying(GantryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONTENT_FILTER));
        assertThat(f.outcomes).singleElement().satisfies(o -> {
            assertThat(o.usage().status()).isEqualTo(400);
            assertThat(o.usage().inputTokens()).isEqualTo(100);
            assertThat(o.usage().costUsd()).isPositive();
        });
    }

    @Test
    void should_stream_text_through_the_filter_and_release_what_it_held_at_the_finish() {
        GatewayFixture f = gateway(new PseudonymGuard());
        f.model("a").then(new ScriptedChatModel.Answer("Hi " + PLACEHOLDER, Usage.of(10, 5)));

        GatewayStream s = f.chat.stream(ask("mail " + EMAIL).toBuilder().stream(true).build(), GatewayFixture.ctx(null));
        StringBuilder text = new StringBuilder();
        List<Integer> pieces = new ArrayList<>();
        ChatChunk c;
        while ((c = s.next()) != null) {
            c.choices().forEach(d -> {
                if (d.content() != null) {
                    text.append(d.content());
                    pieces.add(d.content().length());
                }
            });
        }

        assertThat(text.toString()).isEqualTo("Hi " + EMAIL);
        assertThat(pieces).as("the held tail came with the finish").hasSizeGreaterThan(1);
    }

    private static GatewayFixture gateway(Guardrail guard) {
        GatewayFixture f = new GatewayFixture(List.of("a"));
        f.build(List.of(ChatGatewayRoutingTest.route("chat", List.of(new Target("a", "m1", 1)), List.of(), null)),
                List.of(), guard);
        return f;
    }

    private static ChatRequest ask(String text) {
        return ChatRequest.builder().model("chat").messages(List.of(ChatMessage.user(text))).build();
    }

    /**
     * A guard small enough to read: blocks the word "forbidden" both ways, swaps one e-mail address for a
     * placeholder on the way in and back on the way out; its stream filter holds back the placeholder's length.
     */
    private static final class PseudonymGuard implements Guardrail {
        @Override
        public GuardedExchange open(ChatRequest request, GuardScope scope) {
            String text = request.messages().get(0).text();
            if (text.contains("forbidden")) throw blocked();
            ChatRequest out = request.toBuilder().messages(List.of(ChatMessage.user(text.replace(EMAIL, PLACEHOLDER)))).build();
            return new GuardedExchange() {
                @Override
                public ChatRequest request() {
                    return out;
                }

                @Override
                public ChatResponse answer(ChatResponse r) {
                    String answer = r.choices().get(0).message().text();
                    if (answer.contains("forbidden")) throw blocked();
                    Choice c = new Choice(0, ChatMessage.assistant(answer.replace(PLACEHOLDER, EMAIL)), r.choices().get(0).finishReason(), null);
                    return new ChatResponse(r.id(), r.model(), r.created(), List.of(c), r.usage(), null, null);
                }

                @Override
                public StreamFilter stream() {
                    return new HoldBack();
                }

                @Override
                public List<GuardVerdict> verdicts() {
                    return List.of();
                }
            };
        }

        private static GantryException blocked() {
            return new GantryException(ErrorKind.CONTENT_FILTER, "blocked by rule 'words'");
        }
    }

    private static final class HoldBack implements StreamFilter {
        private final StringBuilder pending = new StringBuilder();

        @Override
        public String text(int choice, String delta) {
            pending.append(delta);
            int release = Math.max(0, pending.length() - PLACEHOLDER.length());
            String out = pending.substring(0, release);
            pending.delete(0, release);
            return out;
        }

        @Override
        public String end(int choice) {
            String rest = pending.toString().replace(PLACEHOLDER, EMAIL);
            pending.setLength(0);
            return rest;
        }
    }
}
