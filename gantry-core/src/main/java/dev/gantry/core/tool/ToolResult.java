package dev.gantry.core.tool;

import java.util.Objects;

/** A tool call's outcome as the model will read it: content text (often JSON), and whether it is an error. */
public record ToolResult(String content, boolean isError) {
    public ToolResult {
        Objects.requireNonNull(content, "content");
    }

    public static ToolResult ok(String content) {
        return new ToolResult(content, false);
    }

    public static ToolResult error(String message) {
        return new ToolResult(message, true);
    }
}
