package dev.gantry.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeConfigTest {
    private static final String BASE = """
            providers:
              - {name: oai, type: openai, base-url: https://api.openai.com/v1, api-key: ${OPENAI_API_KEY}}
            models:
              - {name: chat, targets: [{provider: oai, model: gpt-4o-mini}]}
            """;
    @TempDir
    Path dir;
    private final ConfigLoader loader = new ConfigLoader(Map.of("OPENAI_API_KEY", "sk-test", "TG", "tg-secret",
            "SLACK", "slack-secret")::get);

    private GantryConfig load(String yaml) throws IOException {
        Path f = dir.resolve("gantry.yaml");
        Files.writeString(f, BASE + yaml);
        return loader.load(f);
    }

    @Test
    void should_be_off_without_the_section_and_read_every_key_with_it() throws IOException {
        assertThat(load("").knowledge()).isEqualTo(KnowledgeSettings.OFF);

        KnowledgeSettings k = load("""
                knowledge:
                  extraction-model: chat
                  score-threshold: 0.6
                  batch-size: 10
                  batch-wait: 5s
                  allowed-chats: ["telegram:-1001", "slack:C42"]
                  telegram: {secret-token: ${TG}}
                  slack: {signing-secret: ${SLACK}}
                  max-message-bytes: 4096
                  merge-threshold: 0.9
                """).knowledge();

        assertThat(k.enabled()).isTrue();
        assertThat(k.extractionModel()).isEqualTo("chat");
        assertThat(k.scoreThreshold()).isEqualTo(0.6);
        assertThat(k.batchSize()).isEqualTo(10);
        assertThat(k.batchWait()).isEqualTo(Duration.ofSeconds(5));
        assertThat(k.allowedChats()).containsExactlyInAnyOrder("telegram:-1001", "slack:C42");
        assertThat(k.telegramSecret()).isEqualTo("tg-secret");
        assertThat(k.slackSigningSecret()).isEqualTo("slack-secret");
        assertThat(k.maxMessageBytes()).isEqualTo(4096);
        assertThat(k.mergeThreshold()).isEqualTo(0.9);
        assertThat(k.toString()).doesNotContain("tg-secret").doesNotContain("slack-secret");
    }

    @Test
    void should_name_each_mistake() {
        assertThatThrownBy(() -> load("""
                knowledge:
                  extraction-model: nope
                  score-threshold: 1.5
                  allowed-chats: ["C42"]
                  slack: {signing-secret: inline-secret}
                  embedding-model: oai/text-embedding-3-small
                  colour: blue
                """)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("knowledge.extraction-model: 'nope' is not a configured model alias")
                .hasMessageContaining("knowledge.score-threshold: 1.5 is out of range")
                .hasMessageContaining("knowledge.allowed-chats: 'C42' is not source:chat-id")
                .hasMessageContaining("knowledge.slack.signing-secret: write the secret as ${ENV_NAME}")
                .hasMessageContaining("knowledge.embedding-model")
                .hasMessageContaining("colour")
                .hasMessageNotContaining("inline-secret");
        assertThatThrownBy(() -> load("knowledge: {batch-size: 5}\n")).hasMessageContaining("knowledge.extraction-model: is required");
    }
}
