package dev.gantry.core.agent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One recorded step of a run: a model call, a tool call, or a person's approval decision. Never holds prompt text:
 * a tool call's {@code detail} is its arguments cut short or their hash, a model call's its finish reason.
 *
 * @param seq      the step's number in its run, from 0
 * @param name     the model (alias) or the tool called, or the approver
 * @param callId   the model's id for the tool call (tool and approval steps), else null
 * @param outcome  ok, error, invalid_arguments, timeout, unknown_tool, waiting_approval, approved, rejected
 */
public record AgentStep(String runId, int seq, Kind kind, String name, String callId, String detail, String outcome,
                        long inputTokens, long outputTokens, BigDecimal costUsd, long durationMillis, Instant at) {

    public enum Kind { MODEL, TOOL, APPROVAL }

    public AgentStep {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(at, "at");
        costUsd = costUsd == null ? BigDecimal.ZERO : costUsd;
        if (seq < 0) throw new IllegalArgumentException("step seq is " + seq + "; steps are numbered from 0");
    }
}
