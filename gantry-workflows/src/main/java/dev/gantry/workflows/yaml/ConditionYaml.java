package dev.gantry.workflows.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.workflows.graph.Condition;
import java.util.ArrayList;
import java.util.List;

/** {@code when: {key: score, gt: 0.5}}: a key and exactly one of exists, equals, gt, gte, lt, lte. */
final class ConditionYaml {
    private ConditionYaml() {
    }

    static Condition read(YamlNode n) {
        String key = n.required("key");
        List<Condition.Op> given = new ArrayList<>();
        JsonNode value = null;
        for (Condition.Op op : Condition.Op.values()) {
            if (n.has(op.yaml)) {
                given.add(op);
                value = n.raw(op.yaml);
            }
        }
        n.finish();
        if (given.size() != 1) {
            n.problems.add(n.path + ": give exactly one test of exists, equals, gt, gte, lt, lte (found " + given.size() + ")");
            return null;
        }
        Condition.Op op = given.get(0);
        if (op == Condition.Op.EXISTS && !(value.isBoolean() && value.asBoolean())) {
            n.problem("exists", "write exists: true (to test that a key has no value, put the steps under otherwise)");
            return null;
        }
        if (op.numeric() && !value.isNumber()) {
            n.problem(op.yaml, "'" + value.asText() + "' is not a number; " + op.yaml + " compares numbers");
            return null;
        }
        if (key == null) return null;
        return new Condition(key, op, op == Condition.Op.EXISTS ? null : value);
    }
}
