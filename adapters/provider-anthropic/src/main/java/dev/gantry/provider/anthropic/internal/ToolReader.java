package dev.gantry.provider.anthropic.internal;

import static dev.gantry.provider.anthropic.internal.Fields.invalid;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ToolChoice;
import dev.gantry.core.chat.ToolSpec;
import java.util.ArrayList;
import java.util.List;

/** Inbound {@code tools} and {@code tool_choice}. */
final class ToolReader {
    private ToolReader() {
    }

    static List<ToolSpec> tools(JsonNode tools) {
        Fields.array(tools, "tools");
        List<ToolSpec> specs = new ArrayList<>(tools.size());
        for (int i = 0; i < tools.size(); i++) {
            specs.add(tool(tools.get(i), "tools[" + i + "]"));
        }
        return specs;
    }

    private static ToolSpec tool(JsonNode tool, String path) {
        Fields.object(tool, path);
        String type = Fields.optionalText(tool, "type", path + ".type");
        if (type != null && !type.equals("custom")) {
            // server tools answer with block types the core cannot carry (server_tool_use, *_tool_result)
            throw invalid(path + ".type", "server tool '" + type + "' is not supported by this gateway;"
                    + " define a custom tool (name, description, input_schema) instead");
        }
        return new ToolSpec(Fields.requiredText(tool, "name", path + ".name"),
                Fields.optionalText(tool, "description", path + ".description"),
                Json.toMap(Fields.requiredObject(tool, "input_schema", path + ".input_schema")),
                Fields.optionalBoolean(tool.get("strict"), path + ".strict"),
                Fields.cacheControl(tool, path));
    }

    static void toolChoice(JsonNode choice, ChatRequest.Builder request) {
        Fields.object(choice, "tool_choice");
        String type = Fields.requiredText(choice, "type", "tool_choice.type");
        request.toolChoice(switch (type) {
            case "auto" -> ToolChoice.AUTO;
            case "any" -> ToolChoice.REQUIRED;
            case "none" -> ToolChoice.NONE;
            case "tool" -> ToolChoice.function(Fields.requiredText(choice, "name", "tool_choice.name"));
            default -> throw invalid("tool_choice.type", "'" + type + "' is not supported; use auto, any, tool or none");
        });
        Boolean disableParallel = Fields.optionalBoolean(choice.get("disable_parallel_tool_use"),
                "tool_choice.disable_parallel_tool_use");
        if (disableParallel != null) request.parallelToolCalls(!disableParallel);
    }
}
