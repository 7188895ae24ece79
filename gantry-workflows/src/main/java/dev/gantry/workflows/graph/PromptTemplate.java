package dev.gantry.workflows.graph;

import dev.gantry.workflows.state.Json;
import dev.gantry.workflows.state.WorkflowState;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text with {@code {{key}}} placeholders, filled from state: strings as they are, other values as JSON. */
public record PromptTemplate(String text) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_-]*)\\s*}}");

    public PromptTemplate {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("a prompt template is empty; write the prompt, with {{key}} for state values");
    }

    /** The key names the template reads, in order of first use. */
    public List<String> keys() {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) out.add(m.group(1));
        return List.copyOf(out);
    }

    public String render(WorkflowState state) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            var v = state.node(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? "" : Json.text(v)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
