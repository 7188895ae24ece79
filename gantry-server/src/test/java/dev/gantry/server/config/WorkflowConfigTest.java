package dev.gantry.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gantry.workflows.graph.Workflow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowConfigTest {
    @TempDir
    Path dir;

    @Test
    void should_read_inline_workflows_and_files_relative_to_the_config() throws Exception {
        Files.createDirectories(dir.resolve("flows"));
        Files.writeString(dir.resolve("flows/more.yaml"), """
                - name: second
                  steps: [{id: a, type: code, function: f}]
                - name: third
                  inputs: {q: string}
                  steps: [{id: b, type: model, model: chat, prompt: "{{q}}", outputs: {answer: string}}]
                """);
        GantryConfig c = load("""
                workflows:
                  - name: first
                    steps: [{id: a, type: code, function: f}]
                  - {file: flows/more.yaml}
                """);

        assertThat(c.workflows()).extracting(Workflow::name).containsExactly("first", "second", "third");
    }

    @Test
    void should_name_the_path_of_each_problem_and_refuse_a_name_declared_twice() throws Exception {
        Files.writeString(dir.resolve("dup.yaml"), "{name: first, steps: [{id: a, type: code, function: f}]}");
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> load("""
                workflows:
                  - name: first
                    steps: [{id: a, type: code, function: f, output: {x: string}}]
                  - {file: dup.yaml}
                  - {file: missing.yaml}
                """));

        assertThat(e.problems()).contains(
                "workflows[0].steps[0].output: unknown key; allowed here: id, type, retry, function, inputs, outputs");
        assertThat(e.problems()).anyMatch(p -> p.startsWith("workflows[2].file: cannot read " + dir.resolve("missing.yaml")));
        assertThat(c(() -> load("""
                workflows:
                  - {name: first, steps: [{id: a, type: code, function: f}]}
                  - {file: dup.yaml}
                """))).contains("dup.yaml: a workflow named 'first' is declared twice; workflow names are unique (they are part of URLs)");
    }

    /** The reference file names a workflow file that is not shipped; everything else in its workflows: must read. */
    @Test
    void should_accept_the_reference_config_s_example_but_its_missing_file() throws Exception {
        Path f = dir.resolve("reference.yaml");
        try (var in = ConfigLoader.class.getResourceAsStream("/gantry-reference.yaml")) {
            Files.write(f, in.readAllBytes());
        }
        assertThat(c(() -> new ConfigLoader(name -> "x").load(f))).filteredOn(p -> p.startsWith("workflows"))
                .singleElement().asString().startsWith("workflows[0].file: cannot read");
    }

    @Test
    void should_have_no_workflows_without_the_section() throws Exception {
        assertThat(load("data-dir: d\n").workflows()).isEmpty();
    }

    private java.util.List<String> c(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return catchThrowableOfType(ConfigException.class, call).problems();
    }

    private GantryConfig load(String yaml) throws Exception {
        Path f = dir.resolve("gantry.yaml");
        Files.writeString(f, yaml);
        return new ConfigLoader(Map.<String, String>of()::get).load(f);
    }
}
