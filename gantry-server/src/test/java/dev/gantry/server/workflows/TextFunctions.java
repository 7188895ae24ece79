package dev.gantry.server.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.workflows.engine.CodeFunction;
import dev.gantry.workflows.engine.CodeFunctionSource;
import dev.gantry.workflows.state.StateKey;
import java.util.Locale;
import java.util.Map;

/** A workflow code function contributed as a ServiceLoader service, as a team's own jar would. */
public final class TextFunctions implements CodeFunctionSource {
    static final StateKey<JsonNode> ORDER = StateKey.json("order_info");
    static final StateKey<String> HEADLINE = StateKey.string("headline");

    @Override
    public Map<String, CodeFunction> functions() {
        return Map.of("headline", (call, state, out) ->
                out.put(HEADLINE, "ORDER IS " + state.get(ORDER).path("status").asText().toUpperCase(Locale.ROOT)));
    }
}
