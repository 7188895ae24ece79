package dev.gantry.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.workflows.graph.Action;
import dev.gantry.workflows.graph.StepSpec;
import dev.gantry.workflows.state.WorkflowState;
import java.util.Map;

/** One attempt of one step against its port; the output is checked against the step's declared keys. */
final class StepRunner {
    private final StepServices services;

    StepRunner(StepServices services) {
        this.services = services;
    }

    Map<String, JsonNode> run(StepSpec step, WorkflowState state, StepCall call) {
        Map<String, JsonNode> delta = switch (step.action()) {
            case Action.Model m -> ModelExecutor.run(services.chat(), step, m, state, call);
            case Action.Tool t -> OtherExecutors.tool(services.tools().get(t.tool()), step, t, state, call);
            case Action.Retrieve r -> OtherExecutors.retrieve(services.retrieval(), step, r, state);
            case Action.Guard g -> OtherExecutors.guard(services.guardrail(), step, g, state, call);
            case Action.Code c -> code(services.functions().get(c.function()), state, call);
        };
        OtherExecutors.checkOutput(step, delta);
        return delta;
    }

    private static Map<String, JsonNode> code(CodeFunction fn, WorkflowState state, StepCall call) {
        try {
            return OtherExecutors.code(fn, state, call);
        } catch (RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunExecution.Interrupted();
        } catch (Exception e) {
            throw new CodeException(e);
        }
    }

    /** A checked exception of a code step, carried to the retry loop. */
    static final class CodeException extends RuntimeException {
        CodeException(Exception cause) {
            super(cause);
        }
    }
}
