package dev.gantry.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.ToolSpec;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.tool.Tool;
import dev.gantry.core.tool.ToolContext;
import dev.gantry.core.tool.ToolResult;
import dev.gantry.core.workflow.RunStatus;
import dev.gantry.core.workflow.StepRecord;
import dev.gantry.core.workflow.StepStatus;
import dev.gantry.core.workflow.WorkflowRun;
import dev.gantry.testkit.FakeProvider;
import dev.gantry.testkit.FakeScript;
import dev.gantry.workflows.engine.Retrieval;
import dev.gantry.workflows.engine.RunView;
import dev.gantry.workflows.engine.StepFailure;
import dev.gantry.workflows.engine.WorkflowEngine;
import dev.gantry.workflows.graph.Condition;
import dev.gantry.workflows.graph.Steps;
import dev.gantry.workflows.graph.Workflow;
import dev.gantry.workflows.graph.WorkflowDefinitionException;
import dev.gantry.workflows.state.Json;
import dev.gantry.workflows.state.StateKey;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowEngineIT {
    static final StateKey<String> TICKET = StateKey.string("ticket");
    static final StateKey<Double> SCORE = StateKey.number("score");
    static final StateKey<String> LABEL = StateKey.string("label");
    static final StateKey<String> ROUTE = StateKey.string("route");
    static final StateKey<String> SUMMARY = StateKey.string("summary");
    static final Map<String, Object> TRIAGE_SCHEMA = Map.of("type", "object", "required", List.of("score", "label"),
            "properties", Map.of("score", Map.of("type", "number"), "label", Map.of("type", "string")));

    @TempDir
    Path dataDir;
    final FakeProvider fake = FakeProvider.start();
    EngineFixture f;
    WorkflowEngine engine;

    @AfterEach
    void close() {
        if (engine != null) engine.close();
        if (f != null) f.close();
        fake.close();
    }

    /** model (structured) -> when score > 0.5 -> code escalate / code queue -> model summary. */
    static Workflow triage() {
        return Workflow.named("triage").input(TICKET)
                .step(Steps.model("classify", "gpt-test").system("You triage tickets.").prompt("Ticket: {{ticket}}")
                        .schema(TRIAGE_SCHEMA).output(SCORE, LABEL).retry(3, Duration.ofMillis(1)))
                .when(Condition.gt(SCORE, 0.5)).then(b -> b.step(Steps.code("escalate", "escalate").input(LABEL).output(ROUTE)))
                .otherwise(b -> b.step(Steps.code("queue", "queue").output(ROUTE)))
                .step(Steps.model("summarize", "gpt-test").prompt("Summarize for {{route}}: {{ticket}}").output(SUMMARY).retry(1, Duration.ZERO))
                .build();
    }

    WorkflowEngine engine(AtomicInteger escalations) {
        f = new EngineFixture(dataDir);
        return f.engine().chat(f.chat(fake.baseUrl()))
                .function("escalate", (call, state, out) -> {
                    escalations.incrementAndGet();
                    out.put(ROUTE, "oncall:" + state.get(LABEL));
                })
                .function("queue", (call, state, out) -> out.put(ROUTE, "queue"))
                .build().register(triage());
    }

    @Test
    void should_run_a_structured_model_step_a_branch_and_a_templated_prompt_in_order() throws Exception {
        AtomicInteger escalations = new AtomicInteger();
        engine = engine(escalations);
        fake.enqueue(FakeScript.text("{\"score\": 0.9, \"label\": \"outage\"}"), FakeScript.text("Database down; paging on-call."));

        WorkflowRun run = engine.start("triage", Map.of("ticket", text("The database is down"))).done().get();

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        RunView view = engine.view(run.id()).orElseThrow();
        assertThat(view.state().get("route").asText()).isEqualTo("oncall:outage");
        assertThat(view.state().get("summary").asText()).isEqualTo("Database down; paging on-call.");
        assertThat(view.steps()).extracting(StepRecord::stepId, StepRecord::status, StepRecord::attempts)
                .containsExactly(tuple("classify", StepStatus.SUCCEEDED, 1), tuple("escalate", StepStatus.SUCCEEDED, 1),
                        tuple("summarize", StepStatus.SUCCEEDED, 1));
        assertThat(fake.requests().get(0).lastUserText()).isEqualTo("Ticket: The database is down");
        assertThat(fake.requests().get(0).json().at("/response_format/json_schema/schema/required").toString()).isEqualTo("[\"score\",\"label\"]");
        assertThat(fake.requests().get(1).lastUserText()).isEqualTo("Summarize for oncall:outage: The database is down");
    }

    @Test
    void should_take_the_otherwise_branch_when_the_condition_is_false() throws Exception {
        AtomicInteger escalations = new AtomicInteger();
        engine = engine(escalations);
        fake.enqueue(FakeScript.text("{\"score\": 0.2, \"label\": \"question\"}"), FakeScript.text("ok"));

        WorkflowRun run = engine.start("triage", Map.of("ticket", text("How do I reset my password?"))).done().get();

        assertThat(engine.view(run.id()).orElseThrow().state().get("route").asText()).isEqualTo("queue");
        assertThat(escalations).hasValue(0);
    }

    @Test
    void should_retry_a_failing_model_step_and_record_its_attempts() throws Exception {
        engine = engine(new AtomicInteger());
        fake.enqueue(FakeScript.error(503), FakeScript.text("not json"), FakeScript.text("{\"score\": 0.1, \"label\": \"x\"}"),
                FakeScript.text("done"));

        WorkflowRun run = engine.start("triage", Map.of("ticket", text("t"))).done().get();

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        StepRecord classify = engine.view(run.id()).orElseThrow().steps().get(0);
        assertThat(classify.attempts()).isEqualTo(3);
        assertThat(classify.error()).contains("not valid JSON");
    }

    @Test
    void should_fail_the_run_when_retries_run_out_and_resume_it_without_repeating_finished_steps() throws Exception {
        AtomicInteger escalations = new AtomicInteger();
        engine = engine(escalations);
        fake.enqueue(FakeScript.text("{\"score\": 0.8, \"label\": \"billing\"}"), FakeScript.error(503));

        WorkflowRun failed = engine.start("triage", Map.of("ticket", text("Charged twice"))).done().get();

        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.error()).startsWith("step 'summarize' failed after 1 attempt: ").contains("503");
        assertThat(engine.view(failed.id()).orElseThrow().steps()).extracting(StepRecord::stepId, StepRecord::status)
                .containsExactly(tuple("classify", StepStatus.SUCCEEDED), tuple("escalate", StepStatus.SUCCEEDED),
                        tuple("summarize", StepStatus.FAILED));

        fake.enqueue(FakeScript.text("Refund issued."));
        WorkflowRun resumed = engine.resume(failed.id()).done().get();

        assertThat(resumed.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(resumed.error()).isNull();
        assertThat(fake.requests()).hasSize(3);
        assertThat(escalations).hasValue(1);
        StepRecord summarize = engine.view(failed.id()).orElseThrow().steps().get(2);
        assertThat(summarize.attempts()).isEqualTo(2);
        assertThat(engine.view(failed.id()).orElseThrow().state().get("summary").asText()).isEqualTo("Refund issued.");
    }

    @Test
    void should_not_retry_a_non_retriable_failure_and_not_rerun_a_finished_parallel_branch_on_resume() throws Exception {
        AtomicInteger left = new AtomicInteger();
        AtomicInteger right = new AtomicInteger();
        StateKey<String> a = StateKey.string("a");
        StateKey<String> b = StateKey.string("b");
        f = new EngineFixture(dataDir);
        engine = f.engine().function("left", (call, state, out) -> {
            left.incrementAndGet();
            out.put(a, "left done");
        }).function("right", (call, state, out) -> {
            if (right.incrementAndGet() == 1) throw new StepFailure("bad input the first time", false);
            out.put(b, "right done");
        }).function("join", (call, state, out) -> out.put(StateKey.string("joined"), state.get(a) + " + " + state.get(b)))
                .build().register(Workflow.named("fan").parallel(x -> x.step(Steps.code("left", "left").output(a)),
                        x -> x.step(Steps.code("right", "right").output(b).retry(5, Duration.ofMillis(1))))
                .step(Steps.code("join", "join").input(a, b).output(StateKey.string("joined"))).build());

        WorkflowRun failed = engine.start("fan", Map.of()).done().get();
        assertThat(failed.error()).isEqualTo("step 'right' failed after 1 attempt (not retriable): bad input the first time");

        WorkflowRun done = engine.resume(failed.id()).done().get();

        assertThat(done.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(left).hasValue(1);
        assertThat(right).hasValue(2);
        assertThat(engine.view(done.id()).orElseThrow().state().get("joined").asText()).isEqualTo("left done + right done");
    }

    @Test
    void should_call_a_tool_with_arguments_from_state_and_retrieve_passages() throws Exception {
        StateKey<String> city = StateKey.string("city");
        StateKey<JsonNode> weather = StateKey.json("weather");
        StateKey<List<Retrieval.Passage>> passages = StateKey.listOf("passages", Retrieval.Passage.class);
        Tool forecast = new Tool() {
            public ToolSpec spec() {
                return new ToolSpec("forecast", "Weather by city", Map.of("type", "object"));
            }

            public ToolResult call(String argumentsJson, ToolContext context) {
                return ToolResult.ok("{\"args\":" + argumentsJson + ",\"run\":\"" + context.runId() + "\"}");
            }
        };
        Retrieval docs = (collection, query, topK) -> List.of(new Retrieval.Passage(collection + ":" + query, "d1", "d1#0", 0.9));
        f = new EngineFixture(dataDir);
        engine = f.engine().tools(List.of(forecast)).retrieval(docs).build()
                .register(Workflow.named("lookup").input(city)
                        .parallel(x -> x.step(Steps.tool("weather", "forecast").arg("place", city).output(weather)),
                                x -> x.step(Steps.retrieve("docs", "guides").query(city).topK(3).output(passages)))
                        .build());

        WorkflowRun run = engine.start("lookup", Map.of("city", text("Oslo"))).done().get();

        Map<String, JsonNode> state = engine.view(run.id()).orElseThrow().state();
        assertThat(state.get("weather").toString()).isEqualTo("{\"args\":{\"place\":\"Oslo\"},\"run\":\"" + run.id() + "\"}");
        assertThat(Json.MAPPER.convertValue(state.get("passages"), passages.javaType()).toString())
                .isEqualTo(List.of(new Retrieval.Passage("guides:Oslo", "d1", "d1#0", 0.9)).toString());
    }

    @Test
    void should_refuse_a_bad_input_an_unknown_workflow_and_unregistered_functions() {
        engine = engine(new AtomicInteger());

        assertThatThrownBy(() -> engine.start("triage", Map.of("ticket", Json.MAPPER.valueToTree(42))))
                .isInstanceOf(GantryException.class).hasMessage("input 'ticket' of workflow 'triage' is a number; it must be a string");
        assertThatThrownBy(() -> engine.start("triage", Map.of())).hasMessage("workflow 'triage' needs input 'ticket' (string)");
        assertThatThrownBy(() -> engine.start("nope", Map.of())).isInstanceOf(GantryException.class)
                .extracting(e -> ((GantryException) e).kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThatThrownBy(() -> engine.register(Workflow.named("x").step(Steps.code("a", "missing")).build()))
                .isInstanceOf(WorkflowDefinitionException.class)
                .hasMessageContaining("step 'a' runs function 'missing', which is not registered; registered: escalate, queue");
    }

    @Test
    void should_fail_a_code_step_that_writes_an_undeclared_key_or_a_wrong_type() throws Exception {
        f = new EngineFixture(dataDir);
        engine = f.engine().function("sneaky", (call, state, out) -> out.put(StateKey.string("other"), "x"))
                .function("wrong", (call, state, out) -> out.putNode("n", Json.MAPPER.valueToTree("not a number")))
                .build()
                .register(Workflow.named("s").step(Steps.code("a", "sneaky").output(LABEL)).build())
                .register(Workflow.named("t").step(Steps.code("b", "wrong").output(StateKey.number("n"))).build());

        assertThat(engine.start("s", Map.of()).done().get().error())
                .isEqualTo("step 'a' failed after 1 attempt (not retriable): step 'a' wrote 'other', which it does not declare; add it to the step's outputs");
        assertThat(engine.start("t", Map.of()).done().get().error()).endsWith("step 'b' wrote a string to 'n', a number key");
    }

    @Test
    void should_trace_the_run_and_each_executed_step() throws Exception {
        InMemorySpanExporter spans = InMemorySpanExporter.create();
        OpenTelemetrySdk otel = OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(spans)).build()).build();
        f = new EngineFixture(dataDir);
        engine = f.engine().chat(f.chat(fake.baseUrl())).openTelemetry(otel)
                .function("escalate", (call, state, out) -> out.put(ROUTE, "x")).function("queue", (call, state, out) -> out.put(ROUTE, "y"))
                .build().register(triage());
        fake.enqueue(FakeScript.text("{\"score\": 0.9, \"label\": \"l\"}"), FakeScript.text("s"));

        WorkflowRun run = engine.start("triage", Map.of("ticket", text("t"))).done().get();

        List<SpanData> all = spans.getFinishedSpanItems();
        SpanData root = all.stream().filter(s -> s.getName().equals("workflow triage")).findFirst().orElseThrow();
        assertThat(root.getAttributes().asMap().toString()).contains(run.id());
        assertThat(all).filteredOn(s -> s.getParentSpanId().equals(root.getSpanId())).extracting(SpanData::getName)
                .containsExactlyInAnyOrder("workflow.step classify", "workflow.step escalate", "workflow.step summarize");
    }

    static JsonNode text(String s) {
        return Json.MAPPER.getNodeFactory().textNode(s);
    }
}
