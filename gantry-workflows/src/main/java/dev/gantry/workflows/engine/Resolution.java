package dev.gantry.workflows.engine;

import dev.gantry.workflows.graph.Action;
import dev.gantry.workflows.graph.StepSpec;
import dev.gantry.workflows.graph.Workflow;
import dev.gantry.workflows.graph.WorkflowDefinitionException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Registration check: every tool and function a step names exists, and model steps have a chat port. */
final class Resolution {
    private final StepServices services;

    Resolution(StepServices services) {
        this.services = services;
    }

    void check(Workflow wf) {
        List<String> problems = new ArrayList<>();
        for (StepSpec s : wf.steps()) {
            String at = "step '" + s.id() + "'";
            switch (s.action()) {
                case Action.Model m -> {
                    if (services.chat() == null) problems.add(at + " calls a model, but no chat model is configured");
                }
                case Action.Tool t -> {
                    if (!services.tools().containsKey(t.tool())) {
                        problems.add(at + " calls tool '" + t.tool() + "', which is not registered; registered: " + names(services.tools().keySet()));
                    }
                }
                case Action.Code c -> {
                    if (!services.functions().containsKey(c.function())) {
                        problems.add(at + " runs function '" + c.function() + "', which is not registered; registered: " + names(services.functions().keySet()));
                    }
                }
                case Action.Retrieve r -> {
                    if (services.retrieval() == Retrieval.NONE) problems.add(at + " retrieves, but no retrieval is configured");
                }
                case Action.Guard g -> {
                }
            }
        }
        if (!problems.isEmpty()) throw new WorkflowDefinitionException(wf.name(), problems);
    }

    private static String names(java.util.Set<String> names) {
        return names.isEmpty() ? "(none)" : String.join(", ", new TreeSet<>(names));
    }
}
