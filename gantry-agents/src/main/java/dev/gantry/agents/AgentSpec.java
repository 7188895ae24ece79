package dev.gantry.agents;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * An agent: the model alias it asks, its instructions, the tools it may call, and the limits of one run.
 *
 * @param maxSteps    model calls per run
 * @param maxTokens   input plus output tokens per run; 0 for no limit
 * @param maxCostUsd  spend per run as the gateway costs it; null for no limit
 * @param timeout     wall-clock time of a run's active stretch (from start, or from an approval, to a stop)
 * @param toolTimeout each tool call's own limit (cut to the run's remaining time)
 * @param escalation  offer the built-in request_human_approval tool, with which the model asks a person
 */
public record AgentSpec(String name, String model, String systemPrompt, List<String> tools, int maxSteps,
                        long maxTokens, BigDecimal maxCostUsd, Duration timeout, Duration toolTimeout,
                        boolean escalation) {
    public AgentSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
        tools = tools == null ? List.of() : List.copyOf(tools);
        if (maxSteps < 1) throw new IllegalArgumentException("agent '" + name + "': max-steps is " + maxSteps + "; it must be 1 or more");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(toolTimeout, "toolTimeout");
    }
}
