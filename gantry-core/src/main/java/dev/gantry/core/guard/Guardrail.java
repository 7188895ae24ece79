package dev.gantry.core.guard;

import dev.gantry.core.chat.ChatRequest;
import java.util.List;

/**
 * The checks around every model call: on the way in (block, redact or pseudonymize the request) and on the way
 * out (restore pseudonyms, redact or block the answer, streaming included). The gateway calls it after admission
 * and before routing; implementations hold the policies (per model alias and per key).
 */
public interface Guardrail {
    /** No checks: the request goes out as sent and the answer comes back untouched. */
    Guardrail NONE = (request, scope) -> GuardedExchange.passthrough(request);

    /**
     * Checks a request on its way in.
     *
     * @return the exchange to use for this request's call and answer
     * @throws dev.gantry.core.error.GantryException of kind {@code CONTENT_FILTER} when a rule blocks it (the
     *                                               message names the rule, never the matched value)
     */
    GuardedExchange open(ChatRequest request, GuardScope scope);

    /**
     * Checks retrieved passages (RAG sources) before they are put into a prompt. They are untrusted: an
     * instruction hidden in a document is an indirect injection. A passage a blocking rule matches is left out
     * (the rest of the answer goes on); others come back as they may be used (PII redacted, say).
     *
     * @return one entry per passage, in order: its text, or null when it must be left out
     */
    default List<String> screenSources(List<String> passages, GuardScope scope) {
        return passages;
    }
}
