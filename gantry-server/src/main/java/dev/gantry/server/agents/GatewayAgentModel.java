package dev.gantry.server.agents;

import dev.gantry.agents.AgentModel;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.gateway.ChatGateway;
import dev.gantry.gateway.GatewayResult;
import dev.gantry.gateway.RequestContext;

/**
 * The agent loop's model calls through the gateway's own chat route: routing, fallbacks, guards, limits, cost and
 * the ledger apply, under feature {@code agent:<name>}. With the caller's virtual key the key's limits and budget
 * apply; without one (no keys in use, or a run resumed by the admin key) the call is Gantry's own work.
 */
final class GatewayAgentModel implements AgentModel {
    private final ChatGateway chat;

    GatewayAgentModel(ChatGateway chat) {
        this.chat = chat;
    }

    @Override
    public Turn call(ChatRequest request, ModelCall call) {
        String requestId = "agent_" + call.runId() + "_" + call.stepSeq();
        String feature = "agent:" + call.agent();
        String credential = call.caller().credential();
        RequestContext ctx = credential == null ? RequestContext.internal(requestId, feature, "chat")
                : RequestContext.of(requestId, credential, feature, "chat");
        GatewayResult<ChatResponse> r = chat.chat(request, ctx);
        return new Turn(r.value(), r.costUsd());
    }
}
