package dev.gantry.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.guard.difficulty.PromptDifficulty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelSelectionConfigTest {
    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader(Map.of("OPENAI_API_KEY", "sk-test")::get);

    private GantryConfig load(String models) throws IOException {
        Path f = dir.resolve("gantry.yaml");
        Files.writeString(f, """
                providers:
                  - {name: oai, type: openai, api-key: ${OPENAI_API_KEY}}
                models:
                """ + models);
        return loader.load(f);
    }

    @Test
    void should_read_select_with_the_default_threshold() throws IOException {
        GantryConfig c = load("""
                  - {name: auto, targets: [{provider: oai, model: gpt-4o}], select: {cheap: mini}}
                  - {name: mini, targets: [{provider: oai, model: gpt-4o-mini}]}
                """);
        var select = c.models().getFirst().select();
        assertThat(select.cheap()).isEqualTo("mini");
        assertThat(select.threshold()).isEqualTo(PromptDifficulty.DEFAULT_THRESHOLD);
        assertThat(c.models().get(1).select()).isNull();
    }

    /** The reference file has placeholders other sections reject (a zero key hash, a URL from env): none of models'. */
    @Test
    void should_accept_the_reference_config_s_example() throws Exception {
        Path f = dir.resolve("reference.yaml");
        try (var in = ConfigLoader.class.getResourceAsStream("/gantry-reference.yaml")) {
            Files.write(f, in.readAllBytes());
        }
        assertThatThrownBy(() -> new ConfigLoader(name -> "x").load(f)).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.problems()).isNotEmpty().noneSatisfy(p -> assertThat(p).contains("models")));
    }

    @Test
    void should_reject_a_missing_cheap_alias_a_chain_and_itself_with_the_path() {
        assertThatThrownBy(() -> load("""
                  - {name: auto, targets: [{provider: oai, model: gpt-4o}], select: {cheap: nope, threshold: 0.9}}
                  - {name: auto2, targets: [{provider: oai, model: gpt-4o}], select: {cheap: auto}}
                  - {name: self, targets: [{provider: oai, model: gpt-4o}], select: {cheap: self}}
                """)).isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                .anySatisfy(p -> assertThat(p).contains("models[auto].select.cheap: 'nope' is not a configured model"))
                .anySatisfy(p -> assertThat(p).contains("models[auto2].select.cheap: 'auto' has a select: of its own"))
                .anySatisfy(p -> assertThat(p).contains("select.cheap", "names this model itself")));
    }

    @Test
    void should_reject_a_threshold_outside_zero_to_one_and_unknown_keys() {
        assertThatThrownBy(() -> load("""
                  - {name: auto, targets: [{provider: oai, model: gpt-4o}], select: {cheap: mini, threshold: 1.5, model: x}}
                  - {name: mini, targets: [{provider: oai, model: gpt-4o-mini}]}
                """)).isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                .anySatisfy(p -> assertThat(p).contains("select.threshold", "must be above 0 and at most 1"))
                .anySatisfy(p -> assertThat(p).contains("select", "model: unknown key")));
    }

    @Test
    void should_require_cheap() {
        assertThatThrownBy(() -> load("""
                  - {name: auto, targets: [{provider: oai, model: gpt-4o}], select: {threshold: 0.9}}
                """)).isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                .anySatisfy(p -> assertThat(p).contains("select.cheap")));
    }
}
