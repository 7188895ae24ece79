package dev.gantry.tools.mcp;

import dev.gantry.core.tool.ToolResult;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;

/** An MCP tool result as the model reads it: text parts joined, other parts named, isError kept. */
final class McpContent {
    private McpContent() {
    }

    static ToolResult result(McpSchema.CallToolResult r) {
        StringBuilder text = new StringBuilder();
        if (r.content() != null) {
            for (McpSchema.Content c : r.content()) {
                if (!text.isEmpty()) text.append('\n');
                text.append(part(c));
            }
        }
        if (text.isEmpty() && r.structuredContent() != null) text.append(json(r.structuredContent()));
        return new ToolResult(text.toString(), Boolean.TRUE.equals(r.isError()));
    }

    private static String part(McpSchema.Content c) {
        if (c instanceof McpSchema.TextContent t) return t.text();
        if (c instanceof McpSchema.ImageContent i) return "[image " + i.mimeType() + "]";
        if (c instanceof McpSchema.EmbeddedResource e) {
            return e.resource() instanceof McpSchema.TextResourceContents t ? t.text() : "[resource " + e.resource().uri() + "]";
        }
        return "[" + c.type() + " content]";
    }

    private static String json(Object value) {
        try {
            return McpJsonDefaults.getMapper().writeValueAsString(value);
        } catch (IOException e) {
            return String.valueOf(value);
        }
    }
}
