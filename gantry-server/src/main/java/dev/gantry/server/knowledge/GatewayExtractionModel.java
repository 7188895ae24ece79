package dev.gantry.server.knowledge;

import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.ResponseFormat;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.gateway.ChatGateway;
import dev.gantry.gateway.RequestContext;
import dev.gantry.knowledge.extract.ExtractionModel;
import java.util.List;
import java.util.UUID;

/**
 * Extraction through the gateway's own chat route, as Gantry's internal work (feature {@value #FEATURE}): routing,
 * fallbacks, the output schema check and repair, cost and the ledger apply as to any request.
 */
final class GatewayExtractionModel implements ExtractionModel {
    static final String FEATURE = "knowledge-extract";
    private static final int MAX_TOKENS = 4_000;
    private final ChatGateway gateway;
    private final String model;

    GatewayExtractionModel(ChatGateway gateway, String model) {
        this.gateway = gateway;
        this.model = model;
    }

    @Override
    public String complete(String system, String user, ResponseFormat format) throws InvalidAnswer {
        ChatRequest request = ChatRequest.builder().model(model).temperature(0.0).maxTokens(MAX_TOKENS).responseFormat(format)
                .messages(List.of(ChatMessage.system(system), ChatMessage.user(user))).build();
        ChatResponse response;
        try {
            response = gateway.chat(request, RequestContext.internal("knowledge_" + UUID.randomUUID(), FEATURE, "chat")).value();
        } catch (GantryException e) {
            // the gateway's schema check failed even after its repair call: an invalid answer, not an outage
            if (e.kind() == ErrorKind.MALFORMED_RESPONSE) throw new InvalidAnswer(e.getMessage());
            throw e;
        }
        ChatMessage m = response.message();
        return m == null ? null : m.text();
    }
}
