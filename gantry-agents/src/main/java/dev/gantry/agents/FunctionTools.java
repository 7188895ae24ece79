package dev.gantry.agents;

import dev.gantry.core.tool.Tool;
import dev.gantry.core.tool.ToolSource;
import java.util.ArrayList;
import java.util.List;

/** Java functions registered in code, as one tool source. */
public final class FunctionTools implements ToolSource {
    private final String name;
    private final List<Tool> tools = new ArrayList<>();

    public FunctionTools(String name) {
        this.name = name;
    }

    public FunctionTools add(FunctionTool tool) {
        tools.add(tool);
        return this;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Tool> tools() {
        return List.copyOf(tools);
    }
}
