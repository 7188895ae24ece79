package dev.gantry.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.batch.BatchItem;
import dev.gantry.core.batch.ChatBatches;
import dev.gantry.core.chat.ChatModel;
import dev.gantry.core.provider.ProviderSettings;
import dev.gantry.http.jdk.JdkHttpTransport;
import dev.gantry.testkit.ChatBatchesContract;
import dev.gantry.testkit.RecordedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared ChatBatches contract against the fake's OpenAI batch and files endpoints, plus OpenAI's own wire. */
class OpenAiChatBatchesIT extends ChatBatchesContract {
    private final JdkHttpTransport transport = new JdkHttpTransport();

    private static ProviderSettings settings(String base) {
        return new ProviderSettings("oai", "openai", base + "/v1", "sk-test", Map.of(), null, false);
    }

    @Override
    protected ChatBatches batches(String fakeBaseUrl) {
        return new OpenAiChatBatches(settings(fakeBaseUrl), transport);
    }

    @Override
    protected ChatModel chatModel(String fakeBaseUrl) {
        return new OpenAiChatModel(settings(fakeBaseUrl), transport);
    }

    @Test
    void theItemsGoUpAsABatchFileThenABatchForChatCompletionsWithA24hWindow() {
        batches.submit(List.of(new BatchItem("x", request("hi"))), options());
        List<RecordedRequest> calls = fake.requests();
        assertThat(calls).extracting(RecordedRequest::path).containsExactly("/v1/files", "/v1/batches");
        assertThat(calls.get(0).header("content-type")).startsWith("multipart/form-data; boundary=");
        assertThat(calls.get(0).header("authorization")).isEqualTo("Bearer sk-test");
        assertThat(calls.get(0).body()).contains("\"custom_id\":\"x\",\"method\":\"POST\",\"url\":\"/v1/chat/completions\"");
        assertThat(calls.get(1).json().path("endpoint").asText()).isEqualTo("/v1/chat/completions");
        assertThat(calls.get(1).json().path("completion_window").asText()).isEqualTo("24h");
    }

    @Test
    void azureIsRefusedWithTheReason() {
        ProviderSettings azure = new ProviderSettings("az", "openai", "https://x.openai.azure.com", "k", Map.of(), null, true);
        assertThatThrownBy(() -> new OpenAiChatBatches(azure, transport))
                .hasMessageContaining("'az' is Azure OpenAI").hasMessageContaining("OpenAI and Anthropic only");
    }
}
