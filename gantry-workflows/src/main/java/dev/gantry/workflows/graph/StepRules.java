package dev.gantry.workflows.graph;

import dev.gantry.workflows.state.StateKey;
import dev.gantry.workflows.state.ValueType;
import java.util.List;
import java.util.Map;

/** What each step kind needs of its declaration, checked with the graph. */
final class StepRules {
    private StepRules() {
    }

    static void check(StepSpec s, Map<String, StateKey<?>> keys, List<String> problems) {
        String at = "step '" + s.id() + "' (" + s.kind() + ")";
        switch (s.action()) {
            case Action.Model m -> model(at, s, m, problems);
            case Action.Tool t -> {
                if (blank(t.tool())) problems.add(at + " names no tool; give the tool's name");
                if (s.writes().size() != 1) problems.add(at + " writes " + s.writes().size() + " keys; a tool's result goes into exactly one");
            }
            case Action.Retrieve r -> {
                if (blank(r.collection())) problems.add(at + " names no collection; give the collection to search");
                if (r.query() == null) problems.add(at + " has no query key; give the string key holding the query");
                else requireType(at, "query", r.query(), ValueType.STRING, keys, problems);
                if (r.topK() < 1 || r.topK() > 100) problems.add(at + " asks for " + r.topK() + " passages; top-k must be between 1 and 100");
                if (s.writes().size() != 1 || !(s.writes().get(0).type() == ValueType.LIST || s.writes().get(0).type() == ValueType.JSON)) {
                    problems.add(at + " must write exactly one list key (the passages)");
                }
            }
            case Action.Guard g -> {
                requireType(at, "text", g.text(), ValueType.STRING, keys, problems);
                if (g.cleanText() != null && g.cleanText().type() != ValueType.STRING) problems.add(at + " writes the checked text to '" + g.cleanText().name() + "', which is not a string key");
                if (g.flags() != null && g.flags().type() != ValueType.LIST) problems.add(at + " writes its decisions to '" + g.flags().name() + "', which is not a list key");
                if (s.writes().size() != (g.cleanText() == null ? 0 : 1) + (g.flags() == null ? 0 : 1)) problems.add(at + " writes keys other than its checked text and flags");
            }
            case Action.Code c -> {
                if (blank(c.function())) problems.add(at + " names no function; give the name it is registered under");
            }
        }
    }

    private static void model(String at, StepSpec s, Action.Model m, List<String> problems) {
        if (blank(m.model())) problems.add(at + " names no model; give a model alias of the gateway");
        if (s.writes().isEmpty()) problems.add(at + " writes no key; give the key (or, with a schema, the keys) the answer goes into");
        if (m.schema() == null && s.writes().size() > 1) {
            problems.add(at + " writes " + s.writes().size() + " keys without a schema; give a JSON schema whose properties name the keys, or write one key");
        }
        if (m.schema() == null && s.writes().size() == 1 && s.writes().get(0).type() != ValueType.STRING && s.writes().get(0).type() != ValueType.JSON) {
            problems.add(at + " writes the answer to '" + s.writes().get(0).name() + "', a " + s.writes().get(0).type().yamlName()
                    + " key; without a schema use a string or json key");
        }
        if (m.schema() != null && m.schema().get("properties") instanceof Map<?, ?> props) {
            for (StateKey<?> k : s.writes()) {
                if (!props.containsKey(k.name())) problems.add(at + " writes '" + k.name() + "', which its schema's properties do not name; each key takes the property of the same name");
            }
        }
    }

    private static void requireType(String at, String role, String name, ValueType type, Map<String, StateKey<?>> keys, List<String> problems) {
        StateKey<?> k = keys.get(name);
        if (k != null && k.type() != type) problems.add(at + " takes its " + role + " from '" + name + "', a " + k.type().yamlName() + " key; it needs a " + type.yamlName() + " key");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
