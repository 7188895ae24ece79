package dev.gantry.workflows.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.workflows.graph.Node;
import dev.gantry.workflows.graph.Workflow;
import dev.gantry.workflows.graph.WorkflowDefinitionException;
import dev.gantry.workflows.state.StateKey;
import dev.gantry.workflows.state.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads workflows declared in YAML into the same graph the Java DSL builds:
 * <pre>
 * name: triage
 * inputs: {ticket: string}
 * steps:
 *   - {id: classify, type: model, model: chat, prompt: "Rate {{ticket}}", schema: {...}, outputs: {score: number}}
 *   - parallel: [[...steps...], [...steps...]]
 *   - when: {key: score, gt: 0.5}
 *     then: [...steps...]
 *     otherwise: [...steps...]
 * </pre>
 * Types are string, number, boolean, json, list. Every problem is collected with its path, graph problems included.
 */
public final class WorkflowYaml {
    private WorkflowYaml() {
    }

    /**
     * @param path     where the mapping sits, for messages (e.g. {@code workflows[0]} or a file name)
     * @param problems where problems go; nothing is returned when one was found in this workflow
     */
    public static Workflow read(JsonNode json, String path, List<String> problems) {
        if (json == null || !json.isObject()) {
            problems.add(path + ": expected a mapping with name, inputs and steps");
            return null;
        }
        int before = problems.size();
        YamlNode n = new YamlNode(path, json, problems);
        String name = n.required("name");
        List<StateKey<?>> inputs = new ArrayList<>();
        n.stringMap("inputs").forEach((key, type) -> {
            StateKey<?> k = StepYaml.key(n.path("inputs." + key), key, type, problems);
            if (k != null) inputs.add(k);
        });
        Node.Sequence root = sequence(n, "steps");
        n.finish();
        if (problems.size() > before || name == null) return null;
        try {
            return Workflow.of(name, inputs, root);
        } catch (WorkflowDefinitionException e) {
            e.problems().forEach(p -> problems.add(path + " (" + name + "): " + p));
            return null;
        }
    }

    static Node.Sequence sequence(YamlNode parent, String key) {
        JsonNode list = parent.raw(key);
        if (list == null) {
            parent.problem(key, "is required: give a list of steps");
            return new Node.Sequence(List.of());
        }
        return sequence(list, parent.path(key), parent.problems);
    }

    private static Node.Sequence sequence(JsonNode list, String path, List<String> problems) {
        List<Node> nodes = new ArrayList<>();
        if (!list.isArray()) {
            problems.add(path + ": expected a list of steps (lines starting with '- ')");
            return new Node.Sequence(nodes);
        }
        for (int i = 0; i < list.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode item = list.get(i);
            if (!item.isObject()) problems.add(at + ": expected a mapping (a step, a parallel block or a when block)");
            else nodes.add(node(new YamlNode(at, item, problems)));
        }
        return new Node.Sequence(nodes);
    }

    private static Node node(YamlNode n) {
        if (n.json.has("parallel")) return parallel(n);
        if (n.json.has("when")) return branch(n);
        return new Node.StepNode(StepYaml.step(n));
    }

    private static Node parallel(YamlNode n) {
        JsonNode branches = n.raw("parallel");
        List<Node.Sequence> out = new ArrayList<>();
        if (!branches.isArray()) {
            n.problem("parallel", "expected a list of branches, each a list of steps");
        } else {
            for (int i = 0; i < branches.size(); i++) out.add(sequence(branches.get(i), n.path("parallel") + "[" + i + "]", n.problems));
        }
        n.finish();
        return new Node.Parallel(out);
    }

    private static Node branch(YamlNode n) {
        YamlNode when = n.object("when");
        var condition = when == null ? null : ConditionYaml.read(when);
        Node.Sequence then = sequence(n, "then");
        Node.Sequence otherwise = n.has("otherwise") ? sequence(n, "otherwise") : new Node.Sequence(List.of());
        n.finish();
        if (condition == null) return new Node.Sequence(List.of(then, otherwise));
        return new Node.Branch(condition, then, otherwise);
    }

    /** The type names a declaration may use, for messages. */
    static String typeNames() {
        return String.join(", ", java.util.Arrays.stream(ValueType.values()).map(ValueType::yamlName).toList());
    }

    /** Reads a mapping of key names to types ({@code outputs: {score: number}}). */
    static List<StateKey<?>> keys(YamlNode n, String key) {
        List<StateKey<?>> out = new ArrayList<>();
        for (Map.Entry<String, String> e : n.stringMap(key).entrySet()) {
            StateKey<?> k = StepYaml.key(n.path(key + "." + e.getKey()), e.getKey(), e.getValue(), n.problems);
            if (k != null) out.add(k);
        }
        return out;
    }
}
