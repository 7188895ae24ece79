package dev.gantry.workflows.graph;

import dev.gantry.workflows.state.StateKey;
import java.util.List;
import java.util.Map;

/**
 * A checked workflow definition: its name, the keys a run's initial state provides, the graph, and every key by
 * name. Build one with {@link #named(String)}; {@link Flow#build()} rejects an invalid graph with every problem.
 */
public record Workflow(String name, List<StateKey<?>> inputs, Node.Sequence root, Map<String, StateKey<?>> keys) {
    /**
     * A workflow from a graph built elsewhere (the YAML reader), checked like {@link Flow#build()}.
     *
     * @throws WorkflowDefinitionException naming every problem
     */
    public static Workflow of(String name, List<StateKey<?>> inputs, Node.Sequence root) {
        return WorkflowValidator.validate(name, inputs, root);
    }

    public static Flow named(String name) {
        return new Flow(name);
    }

    /** Every step, in declaration order (parallel branches and both sides of a branch included). */
    public List<StepSpec> steps() {
        return WorkflowValidator.steps(root);
    }

    /** The steps under {@code node}, in declaration order. */
    public static List<StepSpec> stepsOf(Node node) {
        return WorkflowValidator.steps(node);
    }
}
