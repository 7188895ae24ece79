package dev.gantry.core.chat;

/**
 * The port every chat provider adapter implements. Adapters translate only: no retry, fallback,
 * caching or limits here (those live once, in the gateway). Failures are thrown as
 * {@link dev.gantry.core.error.GantryException} with the right {@link dev.gantry.core.error.ErrorKind}.
 * The request's {@code model} is the upstream model name.
 */
public interface ChatModel {

    /** The configured provider name (e.g. "oai"), used in routing decisions, logs and the ledger. */
    String provider();

    ChatResponse chat(ChatRequest request, CallOptions options);

    /** Starts a streaming call; returns once the upstream accepted it (status 2xx and headers received). */
    ChatStream stream(ChatRequest request, CallOptions options);
}
