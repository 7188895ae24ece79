package dev.gantry.workflows.graph;

import java.util.List;

/** A workflow graph: steps in sequence, parallel branches joined before going on, and two-way branches. */
public sealed interface Node {
    record StepNode(StepSpec step) implements Node {
    }

    record Sequence(List<Node> nodes) implements Node {
        public Sequence {
            nodes = List.copyOf(nodes);
        }
    }

    /** Every branch starts from the state at the fork; their writes are joined (they may not write the same key). */
    record Parallel(List<Sequence> branches) implements Node {
        public Parallel {
            branches = List.copyOf(branches);
        }
    }

    record Branch(Condition condition, Sequence then, Sequence otherwise) implements Node {
    }
}
