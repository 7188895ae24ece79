package dev.gantry.workflows.graph;

import java.util.List;

/** A workflow that cannot run as declared; the message lists every problem, each naming the step or key. */
public final class WorkflowDefinitionException extends RuntimeException {
    private final List<String> problems;

    public WorkflowDefinitionException(String workflow, List<String> problems) {
        super("workflow '" + workflow + "' is not valid:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
