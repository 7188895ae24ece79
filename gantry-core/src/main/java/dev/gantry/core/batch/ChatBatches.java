package dev.gantry.core.batch;

import dev.gantry.core.chat.CallOptions;
import java.util.List;

/**
 * A provider's asynchronous batch API for chat (OpenAI Batch, Anthropic Message Batches): many requests
 * submitted at once, answered within hours at a discount. Translates only: polling, persistence and pricing
 * live in the use-case layer. Calls throw {@link dev.gantry.core.error.ProviderException} on provider errors.
 */
public interface ChatBatches {
    /** The configured provider's name. */
    String provider();

    /** Submits the items as one batch; every item's request is sent exactly as the normal chat call would send it. */
    BatchJob submit(List<BatchItem> items, CallOptions options);

    /** The batch as the provider reports it now. */
    BatchJob status(String upstreamId, CallOptions options);

    /**
     * The outcome of every item the provider reports, in no particular order; call once the batch is terminal.
     * Items the provider never ran (cancelled or expired before their turn) come back as errors where the provider
     * lists them.
     */
    List<BatchResultItem> results(String upstreamId, CallOptions options);

    /** Asks the provider to cancel; returns the batch after the request (usually CANCELLING). */
    BatchJob cancel(String upstreamId, CallOptions options);
}
