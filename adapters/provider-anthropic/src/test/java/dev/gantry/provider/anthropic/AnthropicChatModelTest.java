package dev.gantry.provider.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.http.HttpTransport;
import dev.gantry.http.jdk.JdkHttpTransport;
import dev.gantry.core.provider.ProviderSettings;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AnthropicChatModelTest {
    /** A real transport; these tests make no call with it. */
    private static final HttpTransport NEVER_CALLED = new JdkHttpTransport();

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
            "none,https://api.anthropic.com/v1/messages",
            "https://api.anthropic.com,https://api.anthropic.com/v1/messages",
            "https://api.anthropic.com/,https://api.anthropic.com/v1/messages",
            "https://api.anthropic.com/v1,https://api.anthropic.com/v1/messages",
            "https://proxy.example.com/anthropic/v1/,https://proxy.example.com/anthropic/v1/messages"})
    void should_accept_a_base_url_with_or_without_v1(String baseUrl, String expected) {
        assertThat(AnthropicChatModel.messagesUri(baseUrl)).hasToString(expected);
    }

    @Test
    void should_refuse_a_default_max_tokens_below_one() {
        ProviderSettings settings = new ProviderSettings("claude", "anthropic", null, "sk", Map.of(), null, false);

        assertThatThrownBy(() -> new AnthropicChatModel(settings, NEVER_CALLED, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("defaultMaxTokens was 0");
    }

    @Test
    void should_name_its_provider_and_never_print_the_key() {
        AnthropicChatModel model = new AnthropicChatModel(
                new ProviderSettings("claude", "anthropic", null, "sk-ant-secret", Map.of(), null, false), NEVER_CALLED);

        assertThat(model.provider()).isEqualTo("claude");
        assertThat(model.toString()).doesNotContain("sk-ant-secret");
    }
}
