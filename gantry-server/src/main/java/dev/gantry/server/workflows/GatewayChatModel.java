package dev.gantry.server.workflows;

import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.chat.ChatModel;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.ChatStream;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.gateway.ChatGateway;
import dev.gantry.gateway.RequestContext;

/**
 * The gateway's chat route as the chat port of workflow model steps: each call is Gantry's own (internal) request
 * with feature {@value #FEATURE}, so routing, fallbacks, retries, guards, cost and the ledger apply, and the request
 * id is the run, step and attempt ({@code RUN/STEP/ATTEMPT}) for the ledger. The request's model is a gateway alias.
 */
final class GatewayChatModel implements ChatModel {
    static final String FEATURE = "workflow";
    private final ChatGateway gateway;

    GatewayChatModel(ChatGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public String provider() {
        return "gantry";
    }

    @Override
    public ChatResponse chat(ChatRequest request, CallOptions options) {
        return gateway.chat(request, RequestContext.internal(options.requestId(), FEATURE, "chat")).value();
    }

    @Override
    public ChatStream stream(ChatRequest request, CallOptions options) {
        throw new GantryException(ErrorKind.INVALID_REQUEST, "workflow model steps do not stream; the step waits for the whole answer");
    }
}
