package dev.gantry.core.guard;

import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import java.util.List;

/** One request's pass through the guards: what goes upstream, and how its answer is checked on the way back. */
public interface GuardedExchange {
    /** The request to send upstream (redacted or pseudonymized when a rule said so). */
    ChatRequest request();

    /**
     * Checks a whole answer: restores pseudonyms and applies the output rules.
     *
     * @throws dev.gantry.core.error.GantryException of kind {@code CONTENT_FILTER} when an output rule blocks it
     */
    ChatResponse answer(ChatResponse response);

    /** A fresh filter for one streamed answer. */
    StreamFilter stream();

    /** Every decision taken so far (input and output), for logs, metrics and the audit log. */
    List<GuardVerdict> verdicts();

    static GuardedExchange passthrough(ChatRequest request) {
        return new GuardedExchange() {
            @Override
            public ChatRequest request() {
                return request;
            }

            @Override
            public ChatResponse answer(ChatResponse response) {
                return response;
            }

            @Override
            public StreamFilter stream() {
                return StreamFilter.NONE;
            }

            @Override
            public List<GuardVerdict> verdicts() {
                return List.of();
            }
        };
    }
}
