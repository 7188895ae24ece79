package dev.gantry.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.agent.AgentRun;
import dev.gantry.core.agent.AgentStep;
import dev.gantry.core.chat.ChatModel;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.provider.ProviderSettings;
import dev.gantry.http.jdk.JdkHttpTransport;
import dev.gantry.provider.openai.OpenAiChatModel;
import dev.gantry.store.sqlite.SqliteAgentRunStore;
import dev.gantry.store.sqlite.SqliteDatabase;
import dev.gantry.testkit.FakeProvider;
import dev.gantry.testkit.FakeScript;
import dev.gantry.testkit.RecordedRequest;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent loop against the fake provider (a real HTTP server) through the OpenAI adapter, runs kept in SQLite. */
class AgentLoopIT {
    private static final Map<String, Object> CITY = Map.of("type", "object", "required", List.of("city"),
            "additionalProperties", false, "properties", Map.of("city", Map.of("type", "string")));
    @TempDir
    Path dir;
    FakeProvider fake;
    JdkHttpTransport transport;
    SqliteDatabase db;
    ChatModel chat;
    final List<String> weatherCalls = new ArrayList<>();
    final AtomicInteger flaky = new AtomicInteger();
    final InMemorySpanExporter spans = InMemorySpanExporter.create();
    final OpenTelemetry otel = OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(spans)).build()).build();
    CountDownLatch bothRunning = new CountDownLatch(2);

    @BeforeEach
    void start() {
        fake = FakeProvider.start();
        transport = new JdkHttpTransport();
        db = SqliteDatabase.open(dir);
        chat = new OpenAiChatModel(new ProviderSettings("fake", "openai", fake.baseUrl() + "/v1", "sk-test", Map.of(),
                null, false), transport);
    }

    @AfterEach
    void stop() {
        fake.close();
        transport.close();
        db.close();
    }

    private ToolRegistry registry() {
        FunctionTools code = new FunctionTools("code")
                .add(new FunctionTool("weather", "Weather in a city", CITY, (args, ctx) -> {
                    synchronized (weatherCalls) {
                        weatherCalls.add((String) args.get("city"));
                    }
                    return Map.of("city", args.get("city"), "sky", "sunny");
                }))
                .add(new FunctionTool("flaky", "Fails the first time", Map.of("type", "object"), (args, ctx) -> {
                    if (flaky.getAndIncrement() == 0) throw new IllegalStateException("backend unavailable");
                    return "fine now";
                }))
                .add(new FunctionTool("meet_a", "Waits for meet_b", Map.of("type", "object"), (args, ctx) -> meet("a")))
                .add(new FunctionTool("meet_b", "Waits for meet_a", Map.of("type", "object"), (args, ctx) -> meet("b")))
                .add(new FunctionTool("hang", "Never ends", Map.of("type", "object"), (args, ctx) -> {
                    new CountDownLatch(1).await();
                    return "unreachable";
                }))
                .add(new FunctionTool("refund", "Refunds an order", Map.of("type", "object", "properties",
                        Map.of("order", Map.of("type", "string"))), (args, ctx) -> "refunded " + args.get("order")));
        return ToolRegistry.builder().add(code).requireApproval("refund").build();
    }

    /** Finishes only when the other tool runs at the same time: proves the calls run in parallel. */
    private String meet(String who) throws InterruptedException {
        bothRunning.countDown();
        return bothRunning.await(20, TimeUnit.SECONDS) ? who + " met" : who + " ran alone";
    }

    private Agents agents(AgentSpec spec) {
        return agents(spec, AgentModel.of(chat));
    }

    private Agents agents(AgentSpec spec, AgentModel model) {
        return new Agents(List.of(spec), registry(), model, new SqliteAgentRunStore(db), otel, Clock.systemUTC());
    }

    private static AgentSpec spec(int maxSteps, long maxTokens, BigDecimal maxCost, Duration timeout, Duration toolTimeout) {
        return new AgentSpec("helper", "gpt-test", "You help.", List.of("weather", "flaky", "meet_a", "meet_b", "hang", "refund"),
                maxSteps, maxTokens, maxCost, timeout, toolTimeout, true);
    }

    private static AgentSpec spec() {
        return spec(8, 0, null, Duration.ofSeconds(30), Duration.ofSeconds(10));
    }

    private static ToolCall call(String id, String name, String args) {
        return new ToolCall(id, name, args);
    }

    /** The tool messages the model received in request {@code i}. */
    private List<JsonNode> toolMessages(int i) {
        RecordedRequest r = fake.requests().get(i);
        List<JsonNode> out = new ArrayList<>();
        r.json().get("messages").forEach(m -> {
            if ("tool".equals(m.get("role").asText())) out.add(m);
        });
        return out;
    }

    @Test
    void should_answer_at_once_when_the_model_calls_no_tool() {
        fake.enqueue(FakeScript.text("Hello there."));
        try (Agents a = agents(spec())) {
            AgentRun run = a.start("helper", "hi", Caller.NONE);

            assertThat(run.status()).isEqualTo(AgentRun.Status.COMPLETED);
            assertThat(run.stopReason()).isEqualTo("answer");
            assertThat(run.answer()).isEqualTo("Hello there.");
            assertThat(a.steps(run.id())).extracting(AgentStep::kind).containsExactly(AgentStep.Kind.MODEL);
            assertThat(fake.lastRequest().systemText()).isEqualTo("You help.");
        }
    }

    @Test
    void should_run_parallel_tool_calls_at_the_same_time_and_feed_back_every_result() {
        fake.enqueue(FakeScript.toolCalls(call("c1", "meet_a", "{}"), call("c2", "meet_b", "{}")),
                FakeScript.text("Both met."));
        try (Agents a = agents(spec())) {
            AgentRun run = a.start("helper", "meet", Caller.NONE);

            assertThat(run.answer()).isEqualTo("Both met.");
            assertThat(toolMessages(1)).extracting(m -> m.get("content").asText()).containsExactly("a met", "b met");
            assertThat(a.steps(run.id())).extracting(AgentStep::kind, AgentStep::outcome).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(AgentStep.Kind.MODEL, "ok"),
                    org.assertj.core.groups.Tuple.tuple(AgentStep.Kind.TOOL, "ok"),
                    org.assertj.core.groups.Tuple.tuple(AgentStep.Kind.TOOL, "ok"),
                    org.assertj.core.groups.Tuple.tuple(AgentStep.Kind.MODEL, "ok"));
        }
    }

    @Test
    void should_send_invalid_arguments_back_as_an_error_naming_the_problem_and_run_the_corrected_call() {
        fake.enqueue(FakeScript.toolCalls(call("c1", "weather", "{\"town\":\"Paris\"}")),
                FakeScript.toolCalls(call("c2", "weather", "{\"city\":\"Paris\"}")), FakeScript.text("Sunny in Paris."));
        try (Agents a = agents(spec())) {
            AgentRun run = a.start("helper", "weather in Paris?", Caller.NONE);

            assertThat(run.answer()).isEqualTo("Sunny in Paris.");
            String error = toolMessages(1).get(0).get("content").asText();
            assertThat(error).contains("do not match its schema").contains("city").contains("town");
            assertThat(weatherCalls).containsExactly("Paris");
            assertThat(toolMessages(2).get(1).get("content").asText()).contains("sunny");
            assertThat(a.steps(run.id())).extracting(AgentStep::outcome)
                    .containsExactly("ok", "invalid_arguments", "ok", "ok", "ok");
        }
    }

    @Test
    void should_turn_a_tool_exception_into_an_error_result_the_model_can_retry() {
        fake.enqueue(FakeScript.toolCalls(call("c1", "flaky", "{}")), FakeScript.toolCalls(call("c2", "flaky", "{}")),
                FakeScript.text("Done."));
        try (Agents a = agents(spec())) {
            AgentRun run = a.start("helper", "try it", Caller.NONE);

            assertThat(run.status()).isEqualTo(AgentRun.Status.COMPLETED);
            assertThat(toolMessages(1).get(0).get("content").asText())
                    .isEqualTo("tool 'flaky' failed: IllegalStateException: backend unavailable");
            assertThat(toolMessages(2).get(1).get("content").asText()).isEqualTo("fine now");
        }
    }

    @Test
    void should_tell_the_model_about_a_tool_it_does_not_have() {
        fake.enqueue(FakeScript.toolCalls(call("c1", "delete_everything", "{}")), FakeScript.text("Sorry."));
        try (Agents a = agents(spec())) {
            AgentRun run = a.start("helper", "go", Caller.NONE);

            assertThat(run.answer()).isEqualTo("Sorry.");
            assertThat(toolMessages(1).get(0).get("content").asText())
                    .startsWith("there is no tool named 'delete_everything'; you can call: ");
        }
    }

    @Test
    void should_stop_at_the_step_limit() {
        for (int i = 0; i < 5; i++) fake.enqueue(FakeScript.toolCalls(call("c" + i, "weather", "{\"city\":\"Oslo\"}")));
        try (Agents a = agents(spec(2, 0, null, Duration.ofSeconds(30), Duration.ofSeconds(5)))) {
            AgentRun run = a.start("helper", "loop", Caller.NONE);

            assertThat(run.status()).isEqualTo(AgentRun.Status.STOPPED);
            assertThat(run.stopReason()).isEqualTo("max_steps");
            assertThat(run.steps()).isEqualTo(2);
            assertThat(fake.requests()).hasSize(2);
        }
    }

    @Test
    void should_stop_when_the_token_budget_is_spent() {
        for (int i = 0; i < 5; i++) {
            fake.enqueue(FakeScript.toolCalls(call("c" + i, "weather", "{\"city\":\"Oslo\"}")).usage(400, 200, 0, 0, 0));
        }
        try (Agents a = agents(spec(10, 1000, null, Duration.ofSeconds(30), Duration.ofSeconds(5)))) {
            AgentRun run = a.start("helper", "loop", Caller.NONE);

            assertThat(run.stopReason()).isEqualTo("token_budget");
            assertThat(run.totalTokens()).isEqualTo(1200);
            assertThat(fake.requests()).hasSize(2);
            assertThat(fake.requests().get(1).maxTokens()).isEqualTo(400); // what was left of the budget
        }
    }

    @Test
    void should_stop_when_the_cost_budget_is_spent() {
        for (int i = 0; i < 5; i++) {
            fake.enqueue(FakeScript.toolCalls(call("c" + i, "weather", "{\"city\":\"Oslo\"}")).usage(1000, 0, 0, 0, 0));
        }
        // one micro-dollar per input token: each call costs 0.001 USD
        AgentModel priced = (request, c) -> {
            AgentModel.Turn t = AgentModel.of(chat).call(request, c);
            return new AgentModel.Turn(t.response(), BigDecimal.valueOf(t.response().usage().inputTokens(), 6));
        };
        try (Agents a = agents(spec(10, 0, new BigDecimal("0.0025"), Duration.ofSeconds(30), Duration.ofSeconds(5)), priced)) {
            AgentRun run = a.start("helper", "loop", Caller.NONE);

            assertThat(run.stopReason()).isEqualTo("cost_budget");
            assertThat(run.costUsd()).isEqualByComparingTo("0.003");
            assertThat(a.steps(run.id()).get(0).costUsd()).isEqualByComparingTo("0.001");
        }
    }

    @Test
    void should_stop_at_the_timeout_while_the_model_stalls() {
        fake.enqueue(FakeScript.stall(Duration.ofSeconds(20)));
        try (Agents a = agents(spec(5, 0, null, Duration.ofMillis(300), Duration.ofSeconds(5)))) {
            AgentRun run = a.start("helper", "slow", Caller.NONE);

            assertThat(run.status()).isEqualTo(AgentRun.Status.STOPPED);
            assertThat(run.stopReason()).isEqualTo("timeout");
            assertThat(a.steps(run.id())).extracting(AgentStep::outcome).containsExactly("timeout");
        }
    }

    @Test
    void should_give_a_hanging_tool_an_error_result_at_its_own_timeout() {
        fake.enqueue(FakeScript.toolCalls(call("c1", "hang", "{}")), FakeScript.text("It hung."));
        try (Agents a = agents(spec(5, 0, null, Duration.ofSeconds(30), Duration.ofMillis(200)))) {
            AgentRun run = a.start("helper", "hang", Caller.NONE);

            assertThat(run.answer()).isEqualTo("It hung.");
            assertThat(toolMessages(1).get(0).get("content").asText()).isEqualTo("tool 'hang' did not finish within 200 ms");
        }
    }

    @Test
    void should_wait_for_approval_and_run_the_approved_call() {
        fake.enqueue(FakeScript.toolCalls(call("c1", "refund", "{\"order\":\"A-1\"}"), call("c2", "weather", "{\"city\":\"Rome\"}")),
                FakeScript.text("Refunded."));
        try (Agents a = agents(spec())) {
            AgentRun waiting = a.start("helper", "refund A-1", new Caller("team-a", null));

            assertThat(waiting.status()).isEqualTo(AgentRun.Status.WAITING_APPROVAL);
            assertThat(a.pending(waiting)).extracting(ToolCall::name).containsExactly("refund");
            assertThat(weatherCalls).containsExactly("Rome");

            AgentRun done = a.approve(waiting.id(), "alice", "ok", Caller.NONE);

            assertThat(done.status()).isEqualTo(AgentRun.Status.COMPLETED);
            assertThat(done.keyId()).isEqualTo("team-a");
            assertThat(toolMessages(1)).extracting(m -> m.get("content").asText()).contains("refunded A-1");
            assertThat(a.steps(done.id())).extracting(AgentStep::outcome)
                    .containsExactly("ok", "ok", "waiting_approval", "approved", "ok", "ok");
        }
    }

    @Test
    void should_tell_the_model_who_rejected_a_call_and_why() {
        fake.enqueue(FakeScript.toolCalls(call("c1", "refund", "{\"order\":\"A-1\"}")), FakeScript.text("Not refunded."));
        try (Agents a = agents(spec())) {
            AgentRun waiting = a.start("helper", "refund A-1", Caller.NONE);
            AgentRun done = a.reject(waiting.id(), "bob", "over the limit", Caller.NONE);

            assertThat(done.answer()).isEqualTo("Not refunded.");
            assertThat(toolMessages(1).get(0).get("content").asText()).isEqualTo("rejected by bob: over the limit");
        }
    }

    @Test
    void should_let_the_model_escalate_to_a_person() {
        fake.enqueue(FakeScript.toolCalls(call("c1", Escalation.TOOL, "{\"reason\":\"unsure\"}")), FakeScript.text("Going ahead."));
        try (Agents a = agents(spec())) {
            AgentRun waiting = a.start("helper", "do it", Caller.NONE);
            assertThat(waiting.status()).isEqualTo(AgentRun.Status.WAITING_APPROVAL);
            assertThat(fake.requests().get(0).json().get("tools").toString()).contains(Escalation.TOOL);

            AgentRun done = a.approve(waiting.id(), "carol", "go", Caller.NONE);

            assertThat(done.answer()).isEqualTo("Going ahead.");
            assertThat(toolMessages(1).get(0).get("content").asText()).isEqualTo("approved by carol: go");
        }
    }

    @Test
    void should_not_ask_a_person_to_approve_a_call_with_invalid_arguments() {
        fake.enqueue(FakeScript.toolCalls(call("c1", "refund", "{\"order\":7}")), FakeScript.text("Fixing it."));
        try (Agents a = agents(spec())) {
            AgentRun run = a.start("helper", "refund 7", Caller.NONE);

            assertThat(run.status()).isEqualTo(AgentRun.Status.COMPLETED);
            assertThat(toolMessages(1).get(0).get("content").asText()).contains("do not match its schema").contains("/order");
        }
    }

    @Test
    void should_refuse_to_decide_a_run_twice() {
        fake.enqueue(FakeScript.toolCalls(call("c1", "refund", "{}")), FakeScript.text("Done."));
        try (Agents a = agents(spec())) {
            AgentRun waiting = a.start("helper", "refund", Caller.NONE);
            a.approve(waiting.id(), "alice", null, Caller.NONE);

            GantryException e = catchThrowableOfType(GantryException.class,
                    () -> a.reject(waiting.id(), "bob", "no", Caller.NONE));
            assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
        }
    }

    @Test
    void should_trace_the_run_each_model_step_and_each_tool_call_without_prompt_text() {
        fake.enqueue(FakeScript.toolCalls(call("c1", "weather", "{\"city\":\"Lisbon\"}")), FakeScript.text("Sunny."));
        try (Agents a = agents(spec())) {
            a.start("helper", "secret question about Lisbon", Caller.NONE);
        }
        List<SpanData> all = spans.getFinishedSpanItems();
        assertThat(all).extracting(SpanData::getName)
                .containsExactlyInAnyOrder("invoke_agent helper", "chat gpt-test", "execute_tool weather", "chat gpt-test");
        SpanData run = all.stream().filter(s -> s.getName().startsWith("invoke_agent")).findFirst().orElseThrow();
        assertThat(all).filteredOn(s -> s != run).allSatisfy(s -> assertThat(s.getParentSpanId()).isEqualTo(run.getSpanId()));
        assertThat(all.toString()).doesNotContain("Lisbon").doesNotContain("secret question");
    }
}
