package dev.gantry.core.tool;

import java.util.List;

/** A provider of tools (port): code registrations, HTTP tools from config, an MCP server. */
public interface ToolSource extends AutoCloseable {
    /** A short name for errors and traces, e.g. "mcp:files". */
    String name();

    List<Tool> tools();

    @Override
    default void close() {
    }
}
