package dev.gantry.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gantry.workflows.graph.Action;
import dev.gantry.workflows.graph.Condition;
import dev.gantry.workflows.graph.Node;
import dev.gantry.workflows.graph.StepSpec;
import dev.gantry.workflows.graph.Workflow;
import dev.gantry.workflows.state.ValueType;
import dev.gantry.workflows.yaml.WorkflowYaml;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowYamlTest {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static final String TRIAGE = """
            name: triage
            inputs: {ticket: string}
            steps:
              - id: classify
                type: model
                model: chat
                system: You triage tickets.
                prompt: "Ticket: {{ticket}}"
                schema: {type: object, properties: {score: {type: number}, label: {type: string}}, required: [score, label]}
                outputs: {score: number, label: string}
                retry: {attempts: 4, backoff: 50ms, max-backoff: 2s}
              - parallel:
                  - - {id: docs, type: retrieve, collection: kb, query: ticket, top-k: 3, outputs: {passages: list}}
                  - - {id: check, type: guard, text: ticket, policy: chat, clean-text: clean, flags: flags}
              - when: {key: score, gt: 0.5}
                then:
                  - {id: page, type: tool, tool: pager, args: {summary: clean}, outputs: {receipt: json}}
                otherwise:
                  - {id: queue, type: code, function: enqueue, inputs: [label, passages], outputs: {route: string}}
            """;

    @Test
    void should_read_every_step_kind_and_block_into_the_dsl_graph() throws Exception {
        List<String> problems = new ArrayList<>();
        Workflow wf = WorkflowYaml.read(YAML.readTree(TRIAGE), "workflows[0]", problems);

        assertThat(problems).isEmpty();
        assertThat(wf.inputs()).extracting(k -> k.name() + ":" + k.type()).containsExactly("ticket:STRING");
        assertThat(wf.steps()).extracting(StepSpec::id, StepSpec::kind).containsExactly(
                org.assertj.core.api.Assertions.tuple("classify", "model"), org.assertj.core.api.Assertions.tuple("docs", "retrieve"),
                org.assertj.core.api.Assertions.tuple("check", "guard"), org.assertj.core.api.Assertions.tuple("page", "tool"),
                org.assertj.core.api.Assertions.tuple("queue", "code"));
        StepSpec classify = wf.steps().get(0);
        assertThat(classify.retry().attempts()).isEqualTo(4);
        assertThat(classify.retry().backoff()).isEqualTo(Duration.ofMillis(50));
        assertThat(((Action.Model) classify.action()).schema()).containsKey("properties");
        assertThat(wf.keys().get("flags").type()).isEqualTo(ValueType.LIST);
        Node.Branch branch = (Node.Branch) wf.root().nodes().get(2);
        assertThat(branch.condition()).isEqualTo(new Condition("score", Condition.Op.GT, YAML.readTree("0.5")));
        assertThat(((Action.Tool) wf.steps().get(3).action()).arguments()).containsEntry("summary", "clean");
    }

    @Test
    void should_name_the_path_of_every_problem() throws Exception {
        String bad = """
                name: broken
                inputs: {ticket: text}
                steps:
                  - {id: a, type: modle, model: chat}
                  - {id: b, type: code, function: f, outputs: {n: number}, colour: blue}
                  - when: {key: n, gt: high}
                    then: [{id: c, type: code, function: f}]
                  - {id: d, type: retrieve, collection: kb, query: ticket, top-k: 0, outputs: {p: list}, retry: {attempts: 0}}
                """;
        List<String> problems = new ArrayList<>();

        assertThat(WorkflowYaml.read(YAML.readTree(bad), "workflows[1]", problems)).isNull();

        assertThat(problems).contains(
                "workflows[1].inputs.ticket: 'text' is not a type; use one of string, number, boolean, json, list",
                "workflows[1].steps[0].type: 'modle' is not one of model, tool, retrieve, guard, code",
                "workflows[1].steps[1].colour: unknown key; allowed here: id, type, retry, function, inputs, outputs",
                "workflows[1].steps[2].when.gt: 'high' is not a number; gt compares numbers",
                "workflows[1].steps[3].top-k: is 0; it must be between 1 and 100",
                "workflows[1].steps[3].retry.attempts: is 0; it must be between 1 and 20");
    }

    @Test
    void should_report_graph_problems_with_the_workflows_path() throws Exception {
        String late = """
                name: late
                steps:
                  - {id: use, type: code, function: f, inputs: [x]}
                  - {id: make, type: code, function: f, outputs: {x: string}}
                  - {id: make, type: code, function: g}
                """;
        List<String> problems = new ArrayList<>();

        WorkflowYaml.read(YAML.readTree(late), "flows.yaml", problems);

        assertThat(problems).containsExactly(
                "flows.yaml (late): step id 'make' is used more than once; step ids are unique in a workflow (they key its persisted results)",
                "flows.yaml (late): step 'use' reads 'x', which no earlier step surely writes (written in step 'make'); "
                        + "move the step after the writer, out of a when branch, or out of a parallel branch that does not write it");
    }

    @Test
    void should_refuse_a_when_with_two_tests() throws Exception {
        JsonNode json = YAML.readTree("""
                name: two
                inputs: {n: number}
                steps:
                  - when: {key: n, gt: 1, lt: 5}
                    then: [{id: a, type: code, function: f}]
                """);
        List<String> problems = new ArrayList<>();

        WorkflowYaml.read(json, "w", problems);

        assertThat(problems).containsExactly("w.steps[0].when: give exactly one test of exists, equals, gt, gte, lt, lte (found 2)");
    }
}
