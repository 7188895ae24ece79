package dev.gantry.provider.openai.internal;

import static dev.gantry.provider.openai.internal.Params.at;
import static dev.gantry.provider.openai.internal.Params.describe;
import static dev.gantry.provider.openai.internal.Params.invalid;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.ResponseFormat;
import dev.gantry.core.chat.ToolChoice;
import dev.gantry.core.chat.ToolSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** tools, tool_choice and response_format of an inbound request. */
final class ToolReader {
    private static final String TOOL_CHOICES = "auto, none, required, or {\"type\":\"function\",\"function\":{\"name\":\"...\"}}";

    private ToolReader() {
    }

    static List<ToolSpec> tools(JsonNode root) {
        JsonNode arr = Params.optArray(root, "tools", "");
        if (arr == null || arr.isEmpty()) return List.of();
        List<ToolSpec> tools = new ArrayList<>(arr.size());
        Set<String> names = new HashSet<>();
        for (int i = 0; i < arr.size(); i++) {
            ToolSpec tool = tool(arr.get(i), "tools[" + i + "]");
            if (!names.add(tool.name())) {
                throw invalid("tools[" + i + "].function.name", "'" + tool.name()
                        + "' is used by an earlier tool; give each tool a distinct name");
            }
            tools.add(tool);
        }
        return tools;
    }

    private static ToolSpec tool(JsonNode t, String at) {
        if (!t.isObject()) throw invalid(at, "must be a tool object {\"type\":\"function\",\"function\":{...}}, got " + describe(t));
        String type = Params.optString(t, "type", at);
        if (type != null && !type.equals("function")) {
            throw invalid(at(at, "type"), describe(t.get("type")) + " is not supported; only 'function' tools are");
        }
        JsonNode fn = Params.optObject(t, "function", at);
        if (fn == null) throw invalid(at(at, "function"), "is required: {\"name\":\"...\",\"parameters\":{...}}");
        String where = at(at, "function");
        return new ToolSpec(
                Params.requiredString(fn, "name", where, "the function's name, e.g. \"get_weather\""),
                Params.optString(fn, "description", where),
                Params.optPlainObject(fn, "parameters", where),
                Params.optBoolean(fn, "strict", where),
                Params.optPlainObject(t, "cache_control", at));
    }

    static ToolChoice toolChoice(JsonNode root, List<ToolSpec> tools) {
        JsonNode tc = Params.value(root, "tool_choice");
        if (tc == null) return null;
        ToolChoice choice;
        if (tc.isTextual()) {
            choice = switch (tc.textValue()) {
                case "auto" -> ToolChoice.AUTO;
                case "none" -> ToolChoice.NONE;
                case "required" -> ToolChoice.REQUIRED;
                default -> throw invalid("tool_choice", describe(tc) + " is not one of " + TOOL_CHOICES);
            };
        } else if (tc.isObject()) {
            choice = namedFunction(tc, tools);
        } else {
            throw invalid("tool_choice", "must be one of " + TOOL_CHOICES + ", got " + describe(tc));
        }
        if (tools.isEmpty() && choice.mode() != ToolChoice.Mode.AUTO && choice.mode() != ToolChoice.Mode.NONE) {
            throw invalid("tool_choice", "asks for a tool call but no tools were given; add tools or drop tool_choice");
        }
        return choice;
    }

    private static ToolChoice namedFunction(JsonNode tc, List<ToolSpec> tools) {
        String type = Params.optString(tc, "type", "tool_choice");
        if (!"function".equals(type)) {
            throw invalid("tool_choice.type", describe(tc.get("type")) + " is not supported; use \"function\"");
        }
        JsonNode fn = Params.optObject(tc, "function", "tool_choice");
        if (fn == null) throw invalid("tool_choice.function", "is required: {\"name\":\"...\"}");
        String name = Params.requiredString(fn, "name", "tool_choice.function", "the name of one of the tools");
        if (!tools.isEmpty() && tools.stream().noneMatch(t -> t.name().equals(name))) {
            throw invalid("tool_choice.function.name", "'" + name + "' is not one of the tools: "
                    + tools.stream().map(ToolSpec::name).collect(Collectors.joining(", ")));
        }
        return ToolChoice.function(name);
    }

    static ResponseFormat responseFormat(JsonNode root) {
        JsonNode rf = Params.optObject(root, "response_format", "");
        if (rf == null) return null;
        String type = Params.requiredString(rf, "type", "response_format", "one of text, json_object, json_schema");
        return switch (type) {
            case "text" -> ResponseFormat.TEXT;
            case "json_object" -> ResponseFormat.JSON_OBJECT;
            case "json_schema" -> jsonSchema(rf);
            default -> throw invalid("response_format.type", describe(rf.get("type"))
                    + " is not one of text, json_object, json_schema");
        };
    }

    private static ResponseFormat jsonSchema(JsonNode rf) {
        JsonNode js = Params.optObject(rf, "json_schema", "response_format");
        if (js == null) {
            throw invalid("response_format.json_schema", "is required for type json_schema: {\"name\":\"...\",\"schema\":{...}}");
        }
        String at = "response_format.json_schema";
        return new ResponseFormat(ResponseFormat.Type.JSON_SCHEMA,
                Params.requiredString(js, "name", at, "a name for the schema, e.g. \"answer\""),
                Params.optString(js, "description", at),
                Params.optPlainObject(js, "schema", at),
                Params.optBoolean(js, "strict", at));
    }
}
