package dev.gantry.tools.http;

import dev.gantry.core.tool.Tool;
import dev.gantry.core.tool.ToolSource;
import java.util.List;

/** The HTTP tools of the config, as one tool source ("http"). */
public final class HttpToolSource implements ToolSource {
    private final List<Tool> tools;

    public HttpToolSource(List<HttpToolSettings> settings) {
        this.tools = settings.stream().<Tool>map(HttpTool::new).toList();
    }

    @Override
    public String name() {
        return "http";
    }

    @Override
    public List<Tool> tools() {
        return tools;
    }
}
