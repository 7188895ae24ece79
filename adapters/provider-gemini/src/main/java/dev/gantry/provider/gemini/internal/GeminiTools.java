package dev.gantry.provider.gemini.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.chat.ToolChoice;
import dev.gantry.core.chat.ToolSpec;
import java.util.List;

/**
 * Writes {@code tools} (one Tool holding every function declaration) and {@code toolConfig}. Gemini has
 * no parallel-tool-calls switch, so that request field is not sent.
 */
public final class GeminiTools {
    private GeminiTools() {
    }

    public static void write(List<ToolSpec> tools, ToolChoice choice, ObjectNode root) {
        if (tools.isEmpty()) return; // a toolConfig without tools is rejected, and means nothing
        ArrayNode declarations = root.putArray("tools").addObject().putArray("functionDeclarations");
        for (ToolSpec tool : tools) {
            ObjectNode d = declarations.addObject().put("name", tool.name());
            if (tool.description() != null) d.put("description", tool.description());
            if (tool.parameters() != null && !tool.parameters().isEmpty()) {
                d.set("parameters", GeminiSchemas.toGemini(tool.parameters()));
            }
        }
        if (choice != null) writeChoice(choice, root);
    }

    private static void writeChoice(ToolChoice choice, ObjectNode root) {
        ObjectNode config = root.putObject("toolConfig").putObject("functionCallingConfig");
        switch (choice.mode()) {
            case AUTO -> config.put("mode", "AUTO");
            case NONE -> config.put("mode", "NONE");
            case REQUIRED -> config.put("mode", "ANY");
            case FUNCTION -> config.put("mode", "ANY").putArray("allowedFunctionNames").add(choice.functionName());
        }
    }
}
