package dev.gantry.server.agents;

import dev.gantry.agents.FunctionTool;
import dev.gantry.core.tool.Tool;
import dev.gantry.core.tool.ToolSource;
import java.util.List;
import java.util.Map;

/** Java functions registered in code: a ToolSource service on the class path (META-INF/services), found at start-up. */
public final class OrderTools implements ToolSource {
    @Override
    public String name() {
        return "code:orders";
    }

    @Override
    public List<Tool> tools() {
        return List.of(new FunctionTool("order_status", "The status of an order", Map.of("type", "object",
                "required", List.of("order"), "properties", Map.of("order", Map.of("type", "string"))),
                (args, ctx) -> new java.util.TreeMap<>(Map.of("order", args.get("order"), "status", "shipped"))));
    }
}
