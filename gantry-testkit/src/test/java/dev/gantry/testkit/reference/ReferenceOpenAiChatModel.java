package dev.gantry.testkit.reference;

import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.chat.ChatModel;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.ChatStream;

/** A minimal OpenAI-dialect ChatModel used only to prove {@code ChatModelContract} can be passed. */
final class ReferenceOpenAiChatModel implements ChatModel, AutoCloseable {
    private final ReferenceHttp http;

    ReferenceOpenAiChatModel(String baseUrl) {
        this.http = new ReferenceHttp(baseUrl + "/v1");
    }

    @Override
    public String provider() {
        return ReferenceHttp.PROVIDER;
    }

    @Override
    public ChatResponse chat(ChatRequest request, CallOptions options) {
        var body = ReferenceOpenAiCodec.request(request.withStream(false));
        return ReferenceOpenAiCodec.response(ReferenceHttp.readJson(http.post("/chat/completions", body, options)));
    }

    @Override
    public ChatStream stream(ChatRequest request, CallOptions options) {
        var body = ReferenceOpenAiCodec.request(request.withStream(true));
        return new ReferenceOpenAiStream(http.post("/chat/completions", body, options));
    }

    @Override
    public void close() {
        http.close();
    }
}
