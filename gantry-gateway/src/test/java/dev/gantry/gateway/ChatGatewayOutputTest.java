package dev.gantry.gateway;

import static dev.gantry.gateway.ScriptedChatModel.fail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.ResponseFormat;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.keys.KeyBudget;
import dev.gantry.core.keys.KeyHashing;
import dev.gantry.core.keys.VirtualKey;
import dev.gantry.core.limits.BudgetPeriod;
import dev.gantry.gateway.route.ModelRoute;
import dev.gantry.gateway.route.Target;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatGatewayOutputTest {
    private static final ResponseFormat PERSON = new ResponseFormat(ResponseFormat.Type.JSON_SCHEMA, "person", null,
            Map.of("type", "object", "required", List.of("name", "age"), "properties",
                    Map.of("name", Map.of("type", "string"), "age", Map.of("type", "integer"))), true);
    private static final String VALID = "{\"name\":\"Ada\",\"age\":36}";
    private static final String WRONG_TYPE = "{\"name\":\"Ada\",\"age\":\"old\"}";

    private final GatewayFixture f = new GatewayFixture(List.of("a"));
    private final ChatGateway g = f.build(List.of(ChatGatewayRoutingTest.route("chat",
            List.of(new Target("a", "m1", 1)), List.of(), null)), List.of());

    private static ChatRequest ask(ResponseFormat format) {
        return ChatGatewayRoutingTest.ask("chat").toBuilder().responseFormat(format).build();
    }

    private ScriptedChatModel model() {
        return f.model("a");
    }

    private static ScriptedChatModel.Answer answer(String text, long in, long out) {
        return new ScriptedChatModel.Answer(text, Usage.of(in, out));
    }

    @Test
    void should_pass_a_valid_first_answer_with_one_call() {
        model().then(answer(VALID, 10, 5));
        GatewayResult<ChatResponse> r = g.chat(ask(PERSON), GatewayFixture.ctx(null));
        assertThat(r.value().message().text()).isEqualTo(VALID);
        assertThat(model().calls.get()).isEqualTo(1);
        assertThat(r.attempts()).isEqualTo(1);
    }

    @Test
    void should_repair_once_with_the_errors_and_sum_usage_and_cost_of_both_calls() {
        model().then(answer(WRONG_TYPE, 100, 50)).then(answer(VALID, 200, 20));
        GatewayResult<ChatResponse> r = g.chat(ask(PERSON), GatewayFixture.ctx(null));

        assertThat(r.value().message().text()).isEqualTo(VALID);
        assertThat(model().calls.get()).isEqualTo(2);
        assertThat(r.attempts()).isEqualTo(2);
        List<ChatMessage> repair = model().requests.get(1).messages();
        assertThat(repair).hasSize(3);
        assertThat(repair.get(1).role()).isEqualTo(Role.ASSISTANT);
        assertThat(repair.get(1).text()).isEqualTo(WRONG_TYPE);
        assertThat(repair.get(2).role()).isEqualTo(Role.USER);
        assertThat(repair.get(2).text()).contains("/age", "integer", "person");
        // $1/M input and $2/M output: (100 + 200) * 1 + (50 + 20) * 2 = 440 micro-dollars
        BigDecimal both = new BigDecimal("0.00044");
        assertThat(r.costUsd()).isEqualByComparingTo(both);
        assertThat(f.outcomes).singleElement().satisfies(o -> {
            assertThat(o.usage().inputTokens()).isEqualTo(300);
            assertThat(o.usage().outputTokens()).isEqualTo(70);
            assertThat(o.usage().costUsd()).isEqualByComparingTo(both);
            assertThat(o.usage().attempts()).isEqualTo(2);
        });
    }

    @Test
    void should_fail_with_the_schema_errors_when_the_repair_is_invalid_too() {
        model().then(answer(WRONG_TYPE, 100, 50)).then(answer("{\"name\":\"Ada\"}", 100, 50));
        assertThatThrownBy(() -> g.chat(ask(PERSON), GatewayFixture.ctx(null)))
                .isInstanceOfSatisfying(GantryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE);
                    assertThat(e.getMessage()).contains("'chat'", "schema 'person'", "one repair attempt", "age");
                });
        assertThat(model().calls.get()).isEqualTo(2);
        assertThat(f.outcomes).singleElement().satisfies(o -> {
            assertThat(o.usage().status()).isEqualTo(502);
            assertThat(o.usage().inputTokens()).isEqualTo(200);
            assertThat(o.usage().costUsd()).isPositive();
        });
    }

    @Test
    void should_treat_an_answer_that_is_not_json_as_invalid() {
        model().then(answer("Sure! Ada is 36.", 10, 5)).then(answer(VALID, 10, 5));
        GatewayResult<ChatResponse> r = g.chat(ask(PERSON), GatewayFixture.ctx(null));
        assertThat(r.value().message().text()).isEqualTo(VALID);
        assertThat(model().requests.get(1).messages().get(2).text()).contains("not valid JSON");
    }

    @Test
    void should_require_a_json_object_in_json_object_mode() {
        model().then(answer("[1, 2]", 10, 5)).then(answer("still not an object", 10, 5));
        assertThatThrownBy(() -> g.chat(ask(ResponseFormat.JSON_OBJECT), GatewayFixture.ctx(null)))
                .isInstanceOfSatisfying(GantryException.class, e -> assertThat(e.getMessage())
                        .contains("a JSON object (response_format json_object)", "not valid JSON"));
        assertThat(model().requests.get(1).messages().get(2).text()).contains("(root): expected a JSON object, got ARRAY");

        model().then(answer("{\"any\":true}", 10, 5));
        assertThat(g.chat(ask(ResponseFormat.JSON_OBJECT), GatewayFixture.ctx(null)).attempts()).isEqualTo(1);
    }

    @Test
    void should_leave_answers_without_a_json_response_format_untouched() {
        model().then(answer("plain prose", 10, 5)).then(answer("more prose", 10, 5));
        GatewayResult<ChatResponse> r = g.chat(ask(null), GatewayFixture.ctx(null));
        assertThat(r.value().message().text()).isEqualTo("plain prose");
        assertThat(g.chat(ask(ResponseFormat.TEXT), GatewayFixture.ctx(null)).value().message().text())
                .isEqualTo("more prose");
        assertThat(model().calls.get()).isEqualTo(2);
        assertThat(r.costUsd()).isEqualByComparingTo("0.00002");
    }

    @Test
    void should_settle_the_first_call_when_the_repair_call_fails() {
        model().then(answer(WRONG_TYPE, 100, 50));
        for (int i = 0; i < 3; i++) model().then(fail(ErrorKind.UPSTREAM_ERROR));
        assertThatThrownBy(() -> g.chat(ask(PERSON), GatewayFixture.ctx(null)))
                .isInstanceOfSatisfying(GantryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM_ERROR));
        assertThat(f.outcomes).singleElement().satisfies(o -> {
            assertThat(o.usage().inputTokens()).isEqualTo(100);
            assertThat(o.usage().costUsd()).isEqualByComparingTo("0.0002");
        });
    }

    @Test
    void should_reserve_budget_for_the_repair_call_too() {
        // one call's worst case, 10 prompt + 100 output tokens, is ~$0.00021 and fits; with a repair call
        // (prompt + invalid answer + instruction) it does not
        VirtualKey key = new VirtualKey("k", KeyHashing.sha256("s"), List.of(), 0, 0,
                new KeyBudget(new BigDecimal("0.0003"), BudgetPeriod.MONTH), true, Instant.now());
        GatewayFixture budgeted = new GatewayFixture(List.of("a"));
        ChatGateway gateway = budgeted.build(List.of(ChatGatewayRoutingTest.route("chat",
                List.of(new Target("a", "m1", 1)), List.of(), null)), List.of(key));
        ChatRequest plain = ask(null).toBuilder().maxTokens(100).build();

        assertThatThrownBy(() -> gateway.chat(plain.toBuilder().responseFormat(PERSON).build(), GatewayFixture.ctx("s")))
                .isInstanceOfSatisfying(GantryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.BUDGET_EXCEEDED));
        assertThat(budgeted.model("a").calls.get()).isZero();
        assertThat(gateway.chat(plain, GatewayFixture.ctx("s")).value()).isNotNull();
    }

    @Test
    void should_refuse_a_schema_that_cannot_compile_before_calling_upstream() {
        ResponseFormat broken = new ResponseFormat(ResponseFormat.Type.JSON_SCHEMA, "bad", null,
                Map.of("type", "string", "pattern", "["), null);
        assertThatThrownBy(() -> g.chat(ask(broken), GatewayFixture.ctx(null)))
                .isInstanceOfSatisfying(GantryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
                    assertThat(e.param()).isEqualTo("response_format.json_schema.schema");
                    assertThat(e.getMessage()).contains("cannot be compiled", "Unclosed character class");
                });
        assertThat(model().calls.get()).isZero();
    }

    private static ChatGateway withRouteSchema(GatewayFixture fixture) {
        ModelRoute plain = ChatGatewayRoutingTest.route("chat", List.of(new Target("a", "m1", 1)), List.of(), null);
        return fixture.build(List.of(new ModelRoute(plain.alias(), plain.targets(), plain.balance(), plain.fallbacks(),
                null, plain.timeouts(), plain.retry(), plain.breaker(), 0, 0, PERSON, null, null, false)), List.of());
    }

    @Test
    void should_send_the_route_schema_upstream_and_hold_answers_to_it_when_the_client_names_no_format() {
        GatewayFixture fixture = new GatewayFixture(List.of("a"));
        ChatGateway gateway = withRouteSchema(fixture);
        fixture.model("a").then(answer("plain prose", 10, 5)).then(answer(VALID, 10, 5));

        GatewayResult<ChatResponse> r = gateway.chat(ask(null), GatewayFixture.ctx(null));

        assertThat(r.value().message().text()).isEqualTo(VALID);
        assertThat(fixture.model("a").requests.get(0).responseFormat()).isEqualTo(PERSON);
        assertThat(fixture.model("a").requests.get(1).messages().get(2).text()).contains("schema 'person'");
    }

    @Test
    void should_hold_answers_to_the_route_schema_even_when_the_client_asks_for_any_json_object() {
        GatewayFixture fixture = new GatewayFixture(List.of("a"));
        ChatGateway gateway = withRouteSchema(fixture);
        fixture.model("a").then(answer("{\"other\":1}", 10, 5)).then(answer("{\"other\":2}", 10, 5));

        assertThatThrownBy(() -> gateway.chat(ask(ResponseFormat.JSON_OBJECT), GatewayFixture.ctx(null)))
                .hasMessageContaining("schema 'person'", "name");
        assertThat(fixture.model("a").requests.get(0).responseFormat()).isEqualTo(ResponseFormat.JSON_OBJECT);
    }

    @Test
    void should_end_a_stream_whose_answer_breaks_the_schema_with_an_error_after_accounting_it() {
        GatewayFixture fixture = new GatewayFixture(List.of("a"));
        ChatGateway gateway = withRouteSchema(fixture);
        fixture.model("a").then(answer(WRONG_TYPE.replace("\"age\":\"old\"", "\"age\":1,\"name\":2"), 10, 5));
        GatewayStream s = gateway.stream(ask(null).toBuilder().stream(true).build(), GatewayFixture.ctx(null));

        assertThat(s.next().choices().get(0).content()).startsWith("{");
        assertThatThrownBy(() -> {
            while (s.next() != null) {
                // drain: the check fires at the end of the stream
            }
        }).isInstanceOfSatisfying(GantryException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE);
            assertThat(e.getMessage()).contains("streamed an answer", "schema 'person'");
        });
        assertThat(fixture.outcomes).singleElement().satisfies(o -> {
            assertThat(o.usage().errorKind()).isEqualTo("malformed_response");
            assertThat(o.usage().costUsd()).isPositive();
        });
    }

    @Test
    void should_stream_a_valid_answer_untouched() {
        GatewayFixture fixture = new GatewayFixture(List.of("a"));
        ChatGateway gateway = withRouteSchema(fixture);
        fixture.model("a").then(answer(VALID, 10, 5));
        GatewayStream s = gateway.stream(ask(null).toBuilder().stream(true).build(), GatewayFixture.ctx(null));
        StringBuilder text = new StringBuilder();
        for (var c = s.next(); c != null; c = s.next()) {
            c.choices().forEach(d -> text.append(d.content() == null ? "" : d.content()));
        }
        assertThat(text).hasToString(VALID);
        assertThat(fixture.outcomes.get(0).usage().errorKind()).isNull();
    }
}
