package dev.gantry.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.gateway.route.SemanticPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SemanticCacheConfigTest {
    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader(Map.<String, String>of()::get);

    private GantryConfig load(String cache) throws IOException {
        Path f = dir.resolve("gantry.yaml");
        Files.writeString(f, """
                providers: [{name: p, type: openai, base-url: http://localhost:1/v1}]
                models:
                  - name: faq
                    targets: [{provider: p, model: m}]
                    cache: %s
                """.formatted(cache));
        return loader.load(f);
    }

    @Test
    void should_read_a_semantic_policy_with_defaults_for_what_is_left_out() throws IOException {
        var full = load("{ttl: 1h, semantic: {threshold: 0.9, allow-tools: true, allow-nondeterministic: true}}");
        assertThat(full.models().getFirst().semantic()).isEqualTo(new SemanticPolicy(0.9, true, true));
        var bare = load("{ttl: 1h, semantic: {}}");
        assertThat(bare.models().getFirst().semantic())
                .isEqualTo(new SemanticPolicy(SemanticPolicy.DEFAULT_THRESHOLD, false, false));
        assertThat(load("{ttl: 1h}").models().getFirst().semantic()).isNull();
    }

    @Test
    void should_name_a_bad_threshold_and_an_unknown_key_with_their_path() {
        assertThatThrownBy(() -> load("{ttl: 1h, semantic: {threshold: 1.5, allow-tool: true}}"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).contains("models[0].cache.semantic.threshold", "(0, 1]"))
                        .anySatisfy(p -> assertThat(p).contains("allow-tool", "unknown key")));
    }
}
