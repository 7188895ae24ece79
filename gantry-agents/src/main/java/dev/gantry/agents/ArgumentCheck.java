package dev.gantry.agents;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.gantry.core.chat.ToolSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Checks a tool call's arguments against the tool's JSON schema, the way the gateway's output validation checks
 * answers (networknt, draft 2020-12 unless $schema says otherwise, no remote $refs). Schemas are compiled once per
 * distinct schema.
 */
public final class ArgumentCheck {
    private static final String ROOT = "(root)";
    // Remote $refs stay unresolved: a tool schema (from an MCP server, say) must not make Gantry fetch URLs.
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaLoader(l -> l.fetchRemoteResources(false)));
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    /** Compiles a tool's schema now, so a broken one fails at start-up with the tool's name. */
    public void compile(ToolSpec spec) {
        schema(spec);
    }

    /** @return "path: problem" lines; empty when the arguments are valid */
    public List<String> problems(ToolSpec spec, String argumentsJson) {
        JsonNode args;
        try {
            args = Json.tree(argumentsJson);
        } catch (JacksonException e) {
            return List.of(ROOT + ": the arguments are not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (!args.isObject()) return List.of(ROOT + ": the arguments must be a JSON object, got " + args.getNodeType());
        Schema schema = schema(spec);
        if (schema == null) return List.of();
        List<String> out = new ArrayList<>();
        for (com.networknt.schema.Error e : schema.validate(args)) {
            String where = String.valueOf(e.getInstanceLocation());
            out.add((where.isEmpty() ? ROOT : where) + ": " + e.getMessage());
        }
        return out;
    }

    private Schema schema(ToolSpec spec) {
        if (spec.parameters() == null || spec.parameters().isEmpty()) return null;
        String text = Json.write(spec.parameters());
        try {
            return compiled.computeIfAbsent(text, t -> {
                Schema s = registry.getSchema(t);
                s.initializeValidators();
                return s;
            });
        } catch (SchemaException | JacksonException e) {
            throw new IllegalArgumentException("the JSON schema of tool '" + spec.name() + "' cannot be compiled ("
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + "); fix the tool's schema", e);
        }
    }
}
