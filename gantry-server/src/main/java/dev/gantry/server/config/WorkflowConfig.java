package dev.gantry.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gantry.workflows.graph.Workflow;
import dev.gantry.workflows.yaml.WorkflowYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code workflows:} section: a list whose items are workflow definitions or {@code {file: PATH}} (a YAML
 * file holding one definition or a list of them; relative paths from the config file's directory). The definitions
 * are read by gantry-workflows' strict reader; names must be unique across all of them. No ${ENV} substitution.
 */
final class WorkflowConfig {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private WorkflowConfig() {
    }

    static List<Workflow> read(Node root, Path configDir, List<String> problems) {
        JsonNode section = root.raw("workflows");
        List<Workflow> out = new ArrayList<>();
        if (section == null) return out;
        if (!section.isArray()) {
            problems.add("workflows: expected a list of workflows (each a definition or {file: PATH})");
            return out;
        }
        for (int i = 0; i < section.size(); i++) {
            String path = "workflows[" + i + "]";
            JsonNode item = section.get(i);
            if (item.isObject() && item.has("file")) fromFile(item, path, configDir, problems, out);
            else add(WorkflowYaml.read(item, path, problems), path, problems, out);
        }
        return out;
    }

    private static void fromFile(JsonNode item, String path, Path configDir, List<String> problems, List<Workflow> out) {
        if (item.size() != 1 || !item.get("file").isTextual()) {
            problems.add(path + ": a file entry is {file: PATH} and nothing else");
            return;
        }
        Path file = configDir.resolve(item.get("file").asText());
        JsonNode content;
        try {
            content = YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            problems.add(path + ".file: cannot read " + file + " as YAML (" + firstLine(e.getMessage()) + "); check the path, relative to the config file");
            return;
        }
        String where = file.getFileName().toString();
        if (content != null && content.isArray()) {
            for (int j = 0; j < content.size(); j++) add(WorkflowYaml.read(content.get(j), where + "[" + j + "]", problems), where, problems, out);
        } else {
            add(WorkflowYaml.read(content, where, problems), where, problems, out);
        }
    }

    private static void add(Workflow wf, String path, List<String> problems, List<Workflow> out) {
        if (wf == null) return;
        Set<String> names = new HashSet<>();
        out.forEach(w -> names.add(w.name()));
        if (!names.add(wf.name())) {
            problems.add(path + ": a workflow named '" + wf.name() + "' is declared twice; workflow names are unique (they are part of URLs)");
            return;
        }
        out.add(wf);
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
