package dev.gantry.gateway.output;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.gantry.core.chat.ResponseFormat;
import dev.gantry.core.error.GantryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a request's response_format into an {@link OutputCheck}. Schemas are compiled once per distinct
 * schema text: clients send the same schema with every request, and compiling costs far more than validating.
 */
public final class OutputValidator {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SCHEMA_PARAM = "response_format.json_schema.schema";
    // Remote $refs stay unresolved: fetching URLs named by a client would let requests reach the gateway's network.
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaLoader(l -> l.fetchRemoteResources(false)));
    private final Cache<String, Schema> schemas = Caffeine.newBuilder().maximumSize(256).build();

    /** Compiles the schema before any upstream call, so a broken schema costs the client nothing. */
    public OutputCheck prepare(ResponseFormat format) {
        return prepare(format, null);
    }

    /**
     * The check for a request's own format and its route's output schema (either may be null): an answer must
     * meet both, the route's first when the client asked for the same schema.
     */
    public OutputCheck prepare(ResponseFormat clientFormat, ResponseFormat routeSchema) {
        List<OutputCheck.Rule> rules = new ArrayList<>(2);
        if (routeSchema != null) rules.add(rule(routeSchema));
        if (isJson(clientFormat) && !clientFormat.equals(routeSchema)) rules.add(rule(clientFormat));
        return rules.isEmpty() ? OutputCheck.NONE : new OutputCheck(rules);
    }

    /**
     * The response_format to send upstream: the client's own when it asked for JSON, else the route's schema so
     * that providers with structured output produce it in the first place.
     */
    public static ResponseFormat upstreamFormat(ResponseFormat clientFormat, ResponseFormat routeSchema) {
        return routeSchema == null || isJson(clientFormat) ? clientFormat : routeSchema;
    }

    /** Compiles a route's schema, for config checks at start-up. */
    public void compile(ResponseFormat routeSchema) {
        rule(routeSchema);
    }

    private static boolean isJson(ResponseFormat format) {
        return format != null && format.type() != ResponseFormat.Type.TEXT;
    }

    private OutputCheck.Rule rule(ResponseFormat format) {
        if (format.type() == ResponseFormat.Type.JSON_OBJECT || format.schema() == null) {
            return new OutputCheck.Rule(format, null);
        }
        return new OutputCheck.Rule(format, schema(format.schema()));
    }

    private Schema schema(Map<String, Object> schema) {
        String text = JSON.writeValueAsString(schema);
        try {
            return schemas.get(text, this::compile);
        } catch (SchemaException | JacksonException e) {
            throw GantryException.invalid(SCHEMA_PARAM, "the JSON schema cannot be compiled (" + rootMessage(e)
                    + "); send a valid JSON Schema (draft 2020-12 unless $schema says otherwise) with local $refs only");
        }
    }

    /** Compiles eagerly: a bad $ref or pattern must fail here, not while validating a paid-for answer. */
    private Schema compile(String text) {
        Schema s = registry.getSchema(text);
        s.initializeValidators();
        return s;
    }

    /** The innermost cause names the fault in the schema (a bad regex, an unknown $ref) without our stack. */
    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = String.valueOf(t.getMessage()).lines().findFirst().orElse("");
        return m.length() <= 200 ? m : m.substring(0, 200) + "...";
    }
}
