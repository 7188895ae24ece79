package dev.gantry.workflows.graph;

import dev.gantry.workflows.state.StateKey;
import dev.gantry.workflows.state.ValueType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a graph before any run: unique step ids, one type per key name, every read preceded by a write on every
 * path to it (inputs count as written), parallel branches writing disjoint keys, conditions on keys that exist and
 * have the type the comparison needs, and each step kind's own rules. All problems are reported together.
 */
final class WorkflowValidator {
    private final String workflow;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, StateKey<?>> keys = new LinkedHashMap<>();
    private final Map<String, String> declaredIn = new LinkedHashMap<>();
    private final Map<String, String> writers = new LinkedHashMap<>();

    private WorkflowValidator(String workflow) {
        this.workflow = workflow;
    }

    static Workflow validate(String name, List<StateKey<?>> inputs, Node.Sequence root) {
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_-]{0,63}")) {
            throw new WorkflowDefinitionException(String.valueOf(name), List.of("the name '" + name
                    + "' is not valid; use letters, digits, '_' or '-', starting with a letter (it is part of URLs)"));
        }
        WorkflowValidator v = new WorkflowValidator(name);
        for (StateKey<?> k : inputs) v.declare(k, "the workflow's inputs");
        List<StepSpec> steps = steps(root);
        v.checkIds(steps);
        for (StepSpec s : steps) for (StateKey<?> k : s.writes()) v.declare(k, "step '" + s.id() + "'");
        for (StepSpec s : steps) StepRules.check(s, v.keys, v.problems);
        Set<String> available = new HashSet<>();
        inputs.forEach(k -> available.add(k.name()));
        v.walk(root, available);
        if (steps.isEmpty()) v.problems.add("it has no steps; add at least one");
        if (!v.problems.isEmpty()) throw new WorkflowDefinitionException(name, v.problems);
        return new Workflow(name, List.copyOf(inputs), root, Map.copyOf(v.keys));
    }

    static List<StepSpec> steps(Node node) {
        List<StepSpec> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(Node node, List<StepSpec> out) {
        switch (node) {
            case Node.StepNode s -> out.add(s.step());
            case Node.Sequence s -> s.nodes().forEach(n -> collect(n, out));
            case Node.Parallel p -> p.branches().forEach(b -> collect(b, out));
            case Node.Branch b -> {
                collect(b.then(), out);
                collect(b.otherwise(), out);
            }
        }
    }

    private void declare(StateKey<?> key, String where) {
        StateKey<?> known = keys.get(key.name());
        if (known == null) {
            keys.put(key.name(), key);
            declaredIn.put(key.name(), where);
        } else if (known.type() != key.type()) {
            problems.add("key '" + key.name() + "' is " + known.type().yamlName() + " in " + declaredIn.get(key.name())
                    + " but " + key.type().yamlName() + " in " + where + "; a key has one type everywhere");
        }
        if (where.startsWith("step")) writers.putIfAbsent(key.name(), where);
    }

    private void checkIds(List<StepSpec> steps) {
        Set<String> seen = new HashSet<>();
        Set<String> reported = new LinkedHashSet<>();
        for (StepSpec s : steps) {
            if (!s.id().matches("[A-Za-z][A-Za-z0-9_-]{0,63}")) {
                problems.add("step id '" + s.id() + "' is not valid; use letters, digits, '_' or '-', starting with a letter");
            }
            if (!seen.add(s.id()) && reported.add(s.id())) {
                problems.add("step id '" + s.id() + "' is used more than once; step ids are unique in a workflow (they key its persisted results)");
            }
        }
    }

    /** @return the keys surely written after {@code node} */
    private Set<String> walk(Node node, Set<String> available) {
        return switch (node) {
            case Node.StepNode s -> step(s.step(), available);
            case Node.Sequence s -> {
                Set<String> now = available;
                for (Node n : s.nodes()) now = walk(n, now);
                yield now;
            }
            case Node.Parallel p -> parallel(p, available);
            case Node.Branch b -> branch(b, available);
        };
    }

    private Set<String> step(StepSpec s, Set<String> available) {
        for (String r : s.reads()) {
            if (!keys.containsKey(r)) {
                problems.add("step '" + s.id() + "' reads unknown key '" + r + "'; declare it as a workflow input or write it in an earlier step");
            } else if (!available.contains(r)) {
                problems.add("step '" + s.id() + "' reads '" + r + "', which no earlier step surely writes (written in "
                        + writers.getOrDefault(r, declaredIn.get(r)) + "); move the step after the writer, out of a when "
                        + "branch, or out of a parallel branch that does not write it");
            }
        }
        Set<String> after = new HashSet<>(available);
        s.writes().forEach(k -> after.add(k.name()));
        return after;
    }

    private Set<String> parallel(Node.Parallel p, Set<String> available) {
        if (p.branches().size() < 2) problems.add("a parallel block has " + p.branches().size() + " branch(es); give two or more");
        Map<String, Integer> writtenBy = new LinkedHashMap<>();
        Set<String> after = new HashSet<>(available);
        for (int i = 0; i < p.branches().size(); i++) {
            Node.Sequence branch = p.branches().get(i);
            for (StepSpec s : steps(branch)) {
                for (StateKey<?> k : s.writes()) {
                    Integer other = writtenBy.putIfAbsent(k.name(), i);
                    if (other != null && other != i) {
                        problems.add("parallel branches " + (other + 1) + " and " + (i + 1) + " both write '" + k.name()
                                + "' (step '" + s.id() + "'); branches must write different keys");
                    }
                }
            }
            after.addAll(walk(branch, new HashSet<>(available)));
        }
        return after;
    }

    private Set<String> branch(Node.Branch b, Set<String> available) {
        Condition c = b.condition();
        StateKey<?> key = keys.get(c.key());
        if (key == null) {
            problems.add("when " + c + " tests unknown key '" + c.key() + "'; declare it as an input or write it in an earlier step");
        } else {
            if (c.op().numeric() && key.type() != ValueType.NUMBER) {
                problems.add("when " + c + " compares '" + c.key() + "', a " + key.type().yamlName() + " key, as a number; use equals or exists");
            }
            if (c.op() != Condition.Op.EXISTS && !available.contains(c.key())) {
                problems.add("when " + c + " tests '" + c.key() + "', which no earlier step surely writes; test it with exists, or move the when after its writer");
            }
        }
        Set<String> then = walk(b.then(), new HashSet<>(available));
        Set<String> otherwise = walk(b.otherwise(), new HashSet<>(available));
        then.retainAll(otherwise);
        return then;
    }
}
