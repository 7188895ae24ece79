package dev.gantry.workflows.yaml;

import dev.gantry.workflows.graph.Action;
import dev.gantry.workflows.graph.PromptTemplate;
import dev.gantry.workflows.graph.RetryPolicy;
import dev.gantry.workflows.graph.StepSpec;
import dev.gantry.workflows.state.StateKey;
import dev.gantry.workflows.state.ValueType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One step mapping: {@code id}, {@code type} and the keys of that type, {@code retry}. */
final class StepYaml {
    private static final List<String> TYPES = List.of("model", "tool", "retrieve", "guard", "code");

    private StepYaml() {
    }

    static StepSpec step(YamlNode n) {
        String id = n.required("id");
        String type = n.required("type");
        RetryPolicy retry = retry(n.object("retry"));
        StepSpec out = null;
        if (type != null && !TYPES.contains(type)) {
            n.problem("type", "'" + type + "' is not one of " + String.join(", ", TYPES));
        } else if (type != null) {
            out = switch (type) {
                case "model" -> model(n, id, retry);
                case "tool" -> tool(n, id, retry);
                case "retrieve" -> retrieve(n, id, retry);
                case "guard" -> guard(n, id, retry);
                default -> new StepSpec(id == null ? "?" : id, new Action.Code(n.required("function")), n.strings("inputs"),
                        WorkflowYaml.keys(n, "outputs"), retry);
            };
        }
        n.finish();
        return out == null ? new StepSpec(id == null ? "?" : id, new Action.Code("?"), List.of(), List.of(), retry) : out;
    }

    private static StepSpec model(YamlNode n, String id, RetryPolicy retry) {
        String prompt = n.required("prompt");
        PromptTemplate template = new PromptTemplate(prompt == null || prompt.isBlank() ? "?" : prompt);
        Long maxTokens = n.integer("max-tokens", null, 1, 1_000_000);
        Action.Model action = new Action.Model(n.required("model"), n.string("system", null), template, n.rawMap("schema"),
                n.number("temperature"), maxTokens == null ? null : maxTokens.intValue());
        return new StepSpec(safe(id), action, template.keys(), WorkflowYaml.keys(n, "outputs"), retry);
    }

    private static StepSpec tool(YamlNode n, String id, RetryPolicy retry) {
        Map<String, String> args = n.stringMap("args");
        return new StepSpec(safe(id), new Action.Tool(n.required("tool"), args), List.copyOf(args.values()),
                WorkflowYaml.keys(n, "outputs"), retry);
    }

    private static StepSpec retrieve(YamlNode n, String id, RetryPolicy retry) {
        String query = n.required("query");
        int topK = (int) Math.max(1, n.integer("top-k", 5L, 1, 100));
        return new StepSpec(safe(id), new Action.Retrieve(n.required("collection"), query, topK),
                query == null ? List.of() : List.of(query), WorkflowYaml.keys(n, "outputs"), retry);
    }

    private static StepSpec guard(YamlNode n, String id, RetryPolicy retry) {
        String text = n.required("text");
        String clean = n.string("clean-text", null);
        String flags = n.string("flags", null);
        StateKey<?> cleanKey = clean == null ? null : key(n.path("clean-text"), clean, "string", n.problems);
        StateKey<?> flagsKey = flags == null ? null : key(n.path("flags"), flags, "list", n.problems);
        List<StateKey<?>> writes = new ArrayList<>();
        if (cleanKey != null) writes.add(cleanKey);
        if (flagsKey != null) writes.add(flagsKey);
        return new StepSpec(safe(id), new Action.Guard(n.string("policy", null), text, cleanKey, flagsKey),
                text == null ? List.of() : List.of(text), writes, retry);
    }

    private static RetryPolicy retry(YamlNode r) {
        if (r == null) return RetryPolicy.DEFAULT;
        int attempts = (int) Math.max(1, r.integer("attempts", (long) RetryPolicy.DEFAULT.attempts(), 1, 20));
        Duration backoff = r.duration("backoff", RetryPolicy.DEFAULT.backoff());
        Duration max = r.duration("max-backoff", RetryPolicy.DEFAULT.maxBackoff());
        r.finish();
        if (max.compareTo(backoff) < 0) r.problems.add(r.path("max-backoff") + ": is shorter than backoff; give a cap of backoff or more");
        return new RetryPolicy(attempts, backoff, max);
    }

    /** A key declaration; null (with a problem) for a bad name or type. */
    static StateKey<?> key(String path, String name, String type, List<String> problems) {
        ValueType t = ValueType.parse(type);
        if (t == null) {
            problems.add(path + ": '" + type + "' is not a type; use one of " + WorkflowYaml.typeNames());
            return null;
        }
        try {
            return StateKey.ofType(name, t);
        } catch (IllegalArgumentException e) {
            problems.add(path + ": " + e.getMessage());
            return null;
        }
    }

    private static String safe(String id) {
        return id == null ? "?" : id;
    }
}
