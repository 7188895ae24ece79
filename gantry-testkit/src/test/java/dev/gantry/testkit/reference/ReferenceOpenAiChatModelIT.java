package dev.gantry.testkit.reference;

import dev.gantry.core.chat.ChatModel;
import dev.gantry.testkit.ChatModelContract;

/** Proves the chat contract is passable: a small but correct OpenAI adapter passes every test. */
class ReferenceOpenAiChatModelIT extends ChatModelContract {
    @Override
    protected ChatModel model(String fakeBaseUrl) {
        return new ReferenceOpenAiChatModel(fakeBaseUrl);
    }
}
