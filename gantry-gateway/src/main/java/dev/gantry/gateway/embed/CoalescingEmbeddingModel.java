package dev.gantry.gateway.embed;

import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.embed.EmbeddingModel;
import dev.gantry.core.embed.EmbeddingRequest;
import dev.gantry.core.embed.EmbeddingResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Coalesces concurrent embedding calls for the same upstream model (and dimensions, format, extra fields) into one
 * upstream call: the first caller opens a batch and waits up to the window (or until the batch is full), later
 * callers add their texts and wait for its answer; each gets its own vectors and its share of the usage back.
 * Fewer, larger calls cost no more tokens but far fewer requests against a provider's rate limits.
 */
public final class CoalescingEmbeddingModel implements EmbeddingModel {
    private final EmbeddingModel inner;
    private final Duration window;
    private final int maxInputs;
    private final ConcurrentHashMap<BatchKey, EmbeddingBatch> open = new ConcurrentHashMap<>();

    public CoalescingEmbeddingModel(EmbeddingModel inner, Duration window, int maxInputs) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.window = window;
        this.maxInputs = maxInputs;
    }

    record BatchKey(String model, Integer dimensions, String encodingFormat, Map<String, Object> extra) {
        static BatchKey of(EmbeddingRequest r) {
            return new BatchKey(r.model(), r.dimensions(), r.encodingFormat(), r.extra());
        }
    }

    @Override
    public String provider() {
        return inner.provider();
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request, CallOptions options) {
        if (request.inputs().size() >= maxInputs) return inner.embed(request, options); // already a full batch
        BatchKey key = BatchKey.of(request);
        while (true) {
            EmbeddingBatch batch = open.computeIfAbsent(key, k -> new EmbeddingBatch(request, maxInputs));
            EmbeddingBatch.Seat seat = batch.join(request.inputs());
            if (seat == null) { // full or already sent: it leaves the map, a new one opens
                open.remove(key, batch);
                continue;
            }
            if (seat.leader()) lead(key, batch, options);
            return batch.answer(seat, options.responseTimeout());
        }
    }

    /** The first caller waits for company, closes the batch to newcomers, and makes the one upstream call. */
    private void lead(BatchKey key, EmbeddingBatch batch, CallOptions options) {
        batch.awaitFullOr(window);
        open.remove(key, batch);
        batch.send(inputs -> inner.embed(batch.request(inputs), options));
    }
}
