package dev.gantry.workflows.graph;

import dev.gantry.workflows.state.StateKey;
import java.util.List;
import java.util.Objects;

/**
 * One step as declared: what it does, the names of the keys it reads (they must hold values before it runs), the
 * keys it writes (its output, checked against their types), and its retry policy.
 */
public record StepSpec(String id, Action action, List<String> reads, List<StateKey<?>> writes, RetryPolicy retry) {
    public StepSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(action, "action");
        reads = List.copyOf(reads);
        writes = List.copyOf(writes);
        if (retry == null) retry = RetryPolicy.DEFAULT;
    }

    public String kind() {
        return action.kind();
    }
}
