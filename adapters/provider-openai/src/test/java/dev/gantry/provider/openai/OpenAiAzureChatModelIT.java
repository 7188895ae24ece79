package dev.gantry.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.chat.ChatModel;
import dev.gantry.core.provider.ProviderSettings;
import dev.gantry.http.jdk.JdkHttpTransport;
import dev.gantry.testkit.ChatModelContract;
import dev.gantry.testkit.RecordedRequest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The whole chat contract again, over Azure OpenAI's deployment paths and api-key header. */
class OpenAiAzureChatModelIT extends ChatModelContract {
    private final JdkHttpTransport transport = new JdkHttpTransport();

    @Override
    protected ChatModel model(String fakeBaseUrl) {
        return new OpenAiChatModel(new ProviderSettings("azure", "openai", fakeBaseUrl, "azure-key", Map.of(),
                "2024-06-01", true), transport);
    }

    @AfterAll
    void closeTransport() {
        transport.close();
    }

    @Test
    void should_call_the_deployment_path_with_api_version_and_api_key() {
        chatModel.chat(request("Hi").build(), options());

        RecordedRequest sent = fake.lastRequest();
        assertThat(sent.path()).isEqualTo("/openai/deployments/" + modelName() + "/chat/completions");
        assertThat(sent.query()).isEqualTo("api-version=2024-06-01");
        assertThat(sent.header("api-key")).isEqualTo("azure-key");
        assertThat(sent.header("authorization")).isNull();
    }

    @Test
    void should_use_the_default_api_version_and_tolerate_a_base_ending_in_openai() {
        ChatModel model = new OpenAiChatModel(new ProviderSettings("azure", "openai", fake.baseUrl() + "/openai/",
                "azure-key", Map.of(), null, true), transport);

        model.chat(request("Hi").build(), options());

        assertThat(fake.lastRequest().path()).isEqualTo("/openai/deployments/" + modelName() + "/chat/completions");
        assertThat(fake.lastRequest().query()).isEqualTo("api-version=2024-10-21");
    }
}
