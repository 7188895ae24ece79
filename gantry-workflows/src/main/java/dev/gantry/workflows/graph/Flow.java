package dev.gantry.workflows.graph;

import dev.gantry.workflows.state.StateKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Java builder of a workflow graph: {@code step}s in order, {@code parallel} branches joined before the next
 * node, and {@code when(condition).then(...).otherwise(...)}.
 */
public final class Flow {
    final List<Node> nodes = new ArrayList<>();
    private final String name;
    private final List<StateKey<?>> inputs = new ArrayList<>();

    Flow(String name) {
        this.name = name;
    }

    public Flow step(StepSpec step) {
        nodes.add(new Node.StepNode(step));
        return this;
    }

    public Flow step(Steps.Builder<?> step) {
        return step(step.build());
    }

    /** Branches run side by side, each from the state at this point; the flow goes on when all finished. */
    @SafeVarargs
    public final Flow parallel(Consumer<Flow>... branches) {
        List<Node.Sequence> out = new ArrayList<>();
        for (Consumer<Flow> b : Arrays.asList(branches)) out.add(sequenceOf(b));
        nodes.add(new Node.Parallel(out));
        return this;
    }

    public When when(Condition condition) {
        return new When(this, condition);
    }

    Node.Sequence sequence() {
        return new Node.Sequence(nodes);
    }

    static Node.Sequence sequenceOf(Consumer<Flow> body) {
        Flow f = new Flow(null);
        body.accept(f);
        return f.sequence();
    }

    /** {@code when(c)}: give {@link #then}. */
    public static final class When {
        private final Flow parent;
        private final Condition condition;

        When(Flow parent, Condition condition) {
            this.parent = parent;
            this.condition = condition;
        }

        public Then then(Consumer<Flow> body) {
            return new Then(parent, condition, sequenceOf(body));
        }
    }

    /** {@code when(c).then(...)}: add {@link #otherwise} or {@link #end}. */
    public static final class Then {
        private final Flow parent;
        private final Condition condition;
        private final Node.Sequence then;

        Then(Flow parent, Condition condition, Node.Sequence then) {
            this.parent = parent;
            this.condition = condition;
            this.then = then;
        }

        public Flow otherwise(Consumer<Flow> body) {
            parent.nodes.add(new Node.Branch(condition, then, sequenceOf(body)));
            return parent;
        }

        /** No else branch. */
        public Flow end() {
            parent.nodes.add(new Node.Branch(condition, then, new Node.Sequence(List.of())));
            return parent;
        }
    }

    /** Keys the initial state of every run must provide (the workflow's own flow only). */
    public Flow input(StateKey<?>... keys) {
        requireRoot("input");
        inputs.addAll(Arrays.asList(keys));
        return this;
    }

    /** @throws WorkflowDefinitionException naming every problem of the graph */
    public Workflow build() {
        requireRoot("build");
        return WorkflowValidator.validate(name, inputs, sequence());
    }

    private void requireRoot(String method) {
        if (name == null) throw new IllegalStateException(method + "() belongs to the workflow's flow (Workflow.named(...)), not to a branch");
    }
}
