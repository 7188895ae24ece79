package dev.gantry.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gantry.workflows.graph.Condition;
import dev.gantry.workflows.graph.Steps;
import dev.gantry.workflows.graph.Workflow;
import dev.gantry.workflows.graph.WorkflowDefinitionException;
import dev.gantry.workflows.state.StateKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkflowValidationTest {
    static final StateKey<String> QUESTION = StateKey.string("question");
    static final StateKey<String> ANSWER = StateKey.string("answer");
    static final StateKey<Double> SCORE = StateKey.number("score");
    static final StateKey<String> NOTE = StateKey.string("note");

    @Test
    void should_accept_a_graph_whose_reads_all_follow_writes() {
        Workflow wf = Workflow.named("ok").input(QUESTION)
                .step(Steps.model("draft", "chat").prompt("Answer {{question}}").output(ANSWER))
                .parallel(b -> b.step(Steps.code("score", "scorer").input(ANSWER).output(SCORE)),
                        b -> b.step(Steps.code("note", "noter").input(QUESTION).output(NOTE)))
                .when(Condition.gt(SCORE, 0.5)).then(b -> b.step(Steps.code("keep", "k").input(NOTE, SCORE)))
                .otherwise(b -> b.step(Steps.code("drop", "d").input(ANSWER)))
                .build();

        assertThat(wf.steps()).extracting(s -> s.id()).containsExactly("draft", "score", "note", "keep", "drop");
        assertThat(wf.steps().get(0).reads()).containsExactly("question");
    }

    @Test
    void should_name_a_read_of_a_key_only_a_later_step_writes() {
        List<String> problems = problems(Workflow.named("late").input(QUESTION)
                .step(Steps.code("use", "f").input(ANSWER))
                .step(Steps.model("draft", "chat").prompt("{{question}}").output(ANSWER)));

        assertThat(problems).singleElement().asString()
                .contains("step 'use' reads 'answer', which no earlier step surely writes (written in step 'draft')");
    }

    @Test
    void should_name_an_unknown_key_and_a_duplicate_step_id() {
        List<String> problems = problems(Workflow.named("bad").input(QUESTION)
                .step(Steps.model("draft", "chat").prompt("{{questoin}}").output(ANSWER))
                .step(Steps.code("draft", "f").input(ANSWER)));

        assertThat(problems).anyMatch(p -> p.contains("step 'draft' reads unknown key 'questoin'"))
                .anyMatch(p -> p.contains("step id 'draft' is used more than once"));
    }

    @Test
    void should_not_let_a_key_written_on_one_side_of_a_when_be_read_after_it() {
        List<String> problems = problems(Workflow.named("w").input(QUESTION, SCORE)
                .when(Condition.gt(SCORE, 0.5)).then(b -> b.step(Steps.code("a", "f").output(NOTE))).end()
                .step(Steps.code("b", "f").input(NOTE)));

        assertThat(problems).singleElement().asString().contains("step 'b' reads 'note'");
    }

    @Test
    void should_refuse_parallel_branches_that_write_the_same_key_or_read_each_other() {
        List<String> problems = problems(Workflow.named("p").input(QUESTION)
                .parallel(b -> b.step(Steps.code("a", "f").output(NOTE)),
                        b -> b.step(Steps.code("b", "f").output(NOTE)),
                        b -> b.step(Steps.code("c", "f").input(NOTE))));

        assertThat(problems).anyMatch(p -> p.contains("parallel branches 1 and 2 both write 'note'"))
                .anyMatch(p -> p.contains("step 'c' reads 'note'"));
    }

    @Test
    void should_refuse_one_key_name_with_two_types_and_a_numeric_test_of_a_string() {
        List<String> problems = problems(Workflow.named("t").input(QUESTION)
                .step(Steps.code("a", "f").output(StateKey.number("question")))
                .when(new Condition("question", Condition.Op.GT, dev.gantry.workflows.state.Json.MAPPER.getNodeFactory().numberNode(1)))
                .then(b -> b.step(Steps.code("b", "f"))).end());

        assertThat(problems).anyMatch(p -> p.contains("key 'question' is string in the workflow's inputs but number in step 'a'"))
                .anyMatch(p -> p.contains("compares 'question', a string key, as a number"));
    }

    @Test
    void should_check_each_kinds_own_rules() {
        List<String> problems = problems(Workflow.named("k").input(QUESTION, SCORE)
                .step(Steps.model("m", "chat").prompt("{{question}}").output(ANSWER, NOTE))
                .step(Steps.retrieve("r", "docs").query(StateKey.string("score")).output(StateKey.list("hits")))
                .step(Steps.model("s", "chat").prompt("{{question}}").schema(Map.of("type", "object",
                        "properties", Map.of("label", Map.of("type", "string")))).output(StateKey.string("other"))));

        assertThat(problems).anyMatch(p -> p.contains("step 'm' (model) writes 2 keys without a schema"))
                .anyMatch(p -> p.contains("step 'r' (retrieve) takes its query from 'score', a number key; it needs a string key"))
                .anyMatch(p -> p.contains("step 's' (model) writes 'other', which its schema's properties do not name"));
    }

    private static List<String> problems(dev.gantry.workflows.graph.Flow flow) {
        return catchThrowableOfType(WorkflowDefinitionException.class, flow::build).problems();
    }
}
