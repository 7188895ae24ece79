package dev.gantry.workflows.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.guard.GuardScope;
import dev.gantry.core.guard.GuardVerdict;
import dev.gantry.core.guard.GuardedExchange;
import dev.gantry.core.tool.Tool;
import dev.gantry.core.tool.ToolContext;
import dev.gantry.core.tool.ToolResult;
import dev.gantry.workflows.graph.Action;
import dev.gantry.workflows.graph.StepSpec;
import dev.gantry.workflows.state.Json;
import dev.gantry.workflows.state.StateKey;
import dev.gantry.workflows.state.StateWriter;
import dev.gantry.workflows.state.ValueType;
import dev.gantry.workflows.state.WorkflowState;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tool, retrieval, guard and code steps: each one call of its port, its result into state. */
final class OtherExecutors {
    private OtherExecutors() {
    }

    static Map<String, JsonNode> tool(Tool tool, StepSpec step, Action.Tool t, WorkflowState state, StepCall call) {
        ObjectNode args = Json.MAPPER.createObjectNode();
        t.arguments().forEach((arg, key) -> args.set(arg, state.node(key)));
        ToolResult result = tool.call(args.toString(), new ToolContext(call.runId(), null, Instant.now().plusSeconds(120)));
        if (result.isError()) throw new StepFailure("step '" + step.id() + "': tool '" + t.tool() + "' failed: " + result.content(), true);
        StateKey<?> key = step.writes().get(0);
        if (key.type() == ValueType.STRING) return Map.of(key.name(), Json.MAPPER.getNodeFactory().textNode(result.content()));
        try {
            return Map.of(key.name(), Json.MAPPER.readTree(result.content()));
        } catch (JsonProcessingException e) {
            throw new StepFailure("step '" + step.id() + "': tool '" + t.tool() + "' answered text that is not JSON, and '"
                    + key.name() + "' is a " + key.type().yamlName() + " key; write the result to a string key", false);
        }
    }

    static Map<String, JsonNode> retrieve(Retrieval retrieval, StepSpec step, Action.Retrieve r, WorkflowState state) {
        String query = state.node(r.query()).asText();
        List<Retrieval.Passage> passages = retrieval.search(r.collection(), query, r.topK());
        return Map.of(step.writes().get(0).name(), Json.MAPPER.valueToTree(passages));
    }

    static Map<String, JsonNode> guard(dev.gantry.core.guard.Guardrail guardrail, StepSpec step, Action.Guard g, WorkflowState state,
                                       StepCall call) {
        String text = state.node(g.text()).asText();
        // no policy named: an alias no policy maps, so the default policy applies
        String alias = g.policy() == null ? "" : g.policy();
        ChatRequest request = ChatRequest.builder().model(alias).messages(List.of(ChatMessage.user(text))).build();
        GuardedExchange exchange;
        try {
            exchange = guardrail.open(request, new GuardScope(call.runId() + "/" + call.stepId(), alias, null));
        } catch (GantryException e) {
            if (e.kind() != ErrorKind.CONTENT_FILTER) throw e;
            throw new StepFailure("step '" + step.id() + "': the guard blocked '" + g.text() + "': " + e.getMessage(), false);
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (g.cleanText() != null) {
            List<ChatMessage> checked = exchange.request().messages();
            String clean = checked.get(checked.size() - 1).text();
            out.put(g.cleanText().name(), Json.MAPPER.getNodeFactory().textNode(clean == null ? "" : clean));
        }
        if (g.flags() != null) out.put(g.flags().name(), verdicts(exchange.verdicts()));
        return out;
    }

    private static ArrayNode verdicts(List<GuardVerdict> verdicts) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (GuardVerdict v : verdicts) {
            out.addObject().put("detector", v.detector()).put("action", v.action()).put("type", v.type())
                    .put("score", v.score()).put("reason", v.reason());
        }
        return out;
    }

    static Map<String, JsonNode> code(CodeFunction fn, WorkflowState state, StepCall call) throws Exception {
        StateWriter out = new StateWriter();
        fn.run(call, state, out);
        return out.delta();
    }

    /** Every declared key written with its type, nothing else: a step's output is checked before it is stored. */
    static void checkOutput(StepSpec step, Map<String, JsonNode> delta) {
        for (String name : delta.keySet()) {
            if (step.writes().stream().noneMatch(k -> k.name().equals(name))) {
                throw new StepFailure("step '" + step.id() + "' wrote '" + name + "', which it does not declare; add it to the step's outputs", false);
            }
        }
        for (StateKey<?> k : step.writes()) {
            JsonNode v = delta.get(k.name());
            if (v == null && step.action() instanceof Action.Code) {
                throw new StepFailure("step '" + step.id() + "' did not write '" + k.name() + "', which it declares", false);
            }
            if (v != null && !k.type().accepts(v)) {
                throw new StepFailure("step '" + step.id() + "' wrote " + ValueType.describe(v) + " to '" + k.name()
                        + "', a " + k.type().yamlName() + " key", step.action() instanceof Action.Model);
            }
        }
    }
}
