package dev.gantry.alerts.eval;

import dev.gantry.core.usage.UsageRecord;

/**
 * What the evaluators need of one finished request: a few numbers instead of the whole usage record.
 *
 * @param atMillis      when the request finished (received plus latency): a long stream counts when it ends
 * @param error         the gateway or a provider failed it (status 500 and up)
 * @param latencyMillis request received to last byte; -1 when the request was not answered (status 400 and up)
 * @param budgetRefused the key's budget refused it
 */
public record Sample(long atMillis, String key, String model, boolean error, long latencyMillis, long costNanos,
                     boolean budgetRefused) {
    private static final String BUDGET_EXCEEDED = "budget_exceeded";

    public static Sample of(UsageRecord r) {
        boolean answered = r.status() < 400;
        return new Sample(r.timestamp().toEpochMilli() + Math.max(0, r.latencyMs()), r.keyName(), r.alias(), r.status() >= 500,
                answered ? r.latencyMs() : -1, Money.toNanos(r.costUsd()), BUDGET_EXCEEDED.equals(r.errorKind()));
    }
}
