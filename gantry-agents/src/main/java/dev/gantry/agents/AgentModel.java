package dev.gantry.agents;

import dev.gantry.core.chat.ChatModel;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.CallOptions;
import java.math.BigDecimal;

/**
 * How the agent loop asks the model: in the server, the gateway's own chat route (routing, guards, limits, cost
 * and the ledger apply); in tests or embedded use, any {@link ChatModel}.
 */
@FunctionalInterface
public interface AgentModel {
    Turn call(ChatRequest request, ModelCall call);

    /** One answer and what it cost (zero when unknown). */
    record Turn(ChatResponse response, BigDecimal costUsd) {
        public Turn {
            costUsd = costUsd == null ? BigDecimal.ZERO : costUsd;
        }
    }

    /** Which run and step a call belongs to, and who drives the run. */
    record ModelCall(String agent, String runId, int stepSeq, Caller caller) {
    }

    /** A provider adapter called directly, with no gateway and so no cost figures. */
    static AgentModel of(ChatModel model) {
        return (request, call) -> new Turn(model.chat(request, CallOptions.DEFAULT), BigDecimal.ZERO);
    }
}
