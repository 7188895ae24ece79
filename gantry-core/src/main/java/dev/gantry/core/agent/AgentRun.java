package dev.gantry.core.agent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One run of an agent: its input, where it stands, what it spent and, once finished, its answer.
 *
 * @param keyId      the virtual key that started it (null when keys are not in use)
 * @param stopReason why it stopped: answer, max_steps, token_budget, cost_budget, timeout, rejected, error; null
 *                   while it runs or waits
 * @param state      the conversation and any calls awaiting approval, opaque to the store (the agent loop's JSON)
 * @param steps      model calls made so far
 */
public record AgentRun(String id, String agent, String keyId, Status status, String stopReason, String input,
                       String answer, String state, int steps, long inputTokens, long outputTokens, BigDecimal costUsd,
                       Instant createdAt, Instant updatedAt) {

    /** RUNNING, WAITING_APPROVAL (a tool call waits for a person), COMPLETED (answered), STOPPED (a limit), FAILED. */
    public enum Status {
        RUNNING, WAITING_APPROVAL, COMPLETED, STOPPED, FAILED;

        public boolean finished() {
            return this == COMPLETED || this == STOPPED || this == FAILED;
        }
    }

    public AgentRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(status, "status");
        costUsd = costUsd == null ? BigDecimal.ZERO : costUsd;
    }

    public long totalTokens() {
        return inputTokens + outputTokens;
    }

    public AgentRun withStatus(Status newStatus, String reason, String newAnswer, Instant at) {
        return new AgentRun(id, agent, keyId, newStatus, reason, input, newAnswer, state, steps, inputTokens,
                outputTokens, costUsd, createdAt, at);
    }

    public AgentRun withProgress(String newState, int newSteps, long in, long out, BigDecimal cost, Instant at) {
        return new AgentRun(id, agent, keyId, status, stopReason, input, answer, newState, newSteps, in, out, cost,
                createdAt, at);
    }
}
