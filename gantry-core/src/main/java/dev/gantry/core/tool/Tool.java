package dev.gantry.core.tool;

import dev.gantry.core.chat.ToolSpec;

/**
 * Something a model can call (port): a Java function, an HTTP endpoint, a tool of an MCP server. The caller
 * validates arguments against {@link #spec()}'s JSON schema first. A failure is a {@link ToolResult#error}, which
 * goes back to the model as the call's result; only a bug should throw.
 */
public interface Tool {
    ToolSpec spec();

    ToolResult call(String argumentsJson, ToolContext context);
}
