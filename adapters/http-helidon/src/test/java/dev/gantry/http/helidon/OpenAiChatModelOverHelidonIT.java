package dev.gantry.http.helidon;

import dev.gantry.core.chat.ChatModel;
import dev.gantry.core.provider.ProviderSettings;
import dev.gantry.provider.openai.OpenAiChatModel;
import dev.gantry.testkit.ChatModelContract;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/** The provider contract with the OpenAI adapter speaking through this transport instead of the JDK one. */
class OpenAiChatModelOverHelidonIT extends ChatModelContract {
    private final HelidonHttpTransport transport = new HelidonHttpTransport();

    @Override
    protected ChatModel model(String fakeBaseUrl) {
        return new OpenAiChatModel(new ProviderSettings("fake", "openai", fakeBaseUrl + "/v1", null, Map.of(), null, false),
                transport);
    }

    @AfterAll
    void closeTransport() {
        transport.close();
    }
}
