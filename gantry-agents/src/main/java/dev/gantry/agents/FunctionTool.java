package dev.gantry.agents;

import dev.gantry.core.chat.ToolSpec;
import dev.gantry.core.tool.Tool;
import dev.gantry.core.tool.ToolContext;
import dev.gantry.core.tool.ToolResult;
import java.util.Map;
import java.util.Objects;

/**
 * A Java function the model may call. Arguments arrive parsed (a JSON object as maps, lists, strings, numbers,
 * booleans) and already checked against the schema by the agent loop. What the function returns is the result: a
 * String as is, anything else written as JSON. An exception becomes an error result the model reads.
 */
public final class FunctionTool implements Tool {
    /** The function behind a tool. */
    @FunctionalInterface
    public interface Handler {
        Object call(Map<String, Object> arguments, ToolContext context) throws Exception;
    }

    private final ToolSpec spec;
    private final Handler handler;

    public FunctionTool(String name, String description, Map<String, Object> parametersSchema, Handler handler) {
        ToolNames.check(name);
        this.spec = new ToolSpec(name, Objects.requireNonNull(description, "description"),
                Objects.requireNonNull(parametersSchema, "parametersSchema"));
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public ToolResult call(String argumentsJson, ToolContext context) {
        Map<String, Object> args = Json.object(argumentsJson);
        try {
            Object out = handler.call(args, context);
            if (out instanceof ToolResult r) return r;
            return ToolResult.ok(out instanceof String s ? s : Json.write(out));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ToolResult.error("tool '" + spec.name() + "' was interrupted");
        } catch (Exception e) {
            return ToolResult.error("tool '" + spec.name() + "' failed: " + ToolErrors.describe(e));
        }
    }
}
