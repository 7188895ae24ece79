package dev.gantry.embed.onnx;

import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.embed.EmbeddingModel;
import dev.gantry.core.embed.EmbeddingRequest;
import dev.gantry.core.embed.EmbeddingResponse;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Embeddings computed in process with ONNX Runtime, from the models in {@link LocalEmbeddingModels}. A request names
 * the model ({@code all-minilm-l6-v2-q} or {@code local/all-minilm-l6-v2-q}); {@code extra.input_type = "query"}
 * prefixes the model's query instruction. Vectors are L2-normalised; usage counts the tokens the model processed.
 * Each model loads on first use and is shared by all callers; {@link #close()} frees the native memory.
 */
public final class OnnxEmbeddingModel implements EmbeddingModel, AutoCloseable {
    public static final String PROVIDER = "local";

    private final OnnxEmbeddingOptions options;
    private final Map<String, LazyModel> models = new LinkedHashMap<>();
    /** Calls hold the read side so that close() never frees a session while a model run uses it. */
    private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private boolean closed;

    public OnnxEmbeddingModel() {
        this(OnnxEmbeddingOptions.defaults());
    }

    public OnnxEmbeddingModel(OnnxEmbeddingOptions options) {
        this.options = options;
        for (LocalModelSpec spec : LocalEmbeddingModels.all()) {
            models.put(spec.id(), new LazyModel(spec, options));
        }
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request, CallOptions callOptions) {
        LocalModelSpec spec = LocalEmbeddingModels.byId(request.model());
        requireNativeDimensions(request.dimensions(), spec);
        InputType type = InputType.of(request.extra());
        if (request.inputs().isEmpty()) return new EmbeddingResponse(spec.id(), List.of(), Usage.ZERO);
        List<String> texts = request.inputs().stream().map(text -> spec.textFor(text, type)).toList();
        return whileOpen(() -> {
            LoadedModel.Embeddings result = models.get(spec.id()).get().embedAll(texts, options);
            return new EmbeddingResponse(spec.id(), Arrays.asList(result.vectors()), Usage.of(result.tokens(), 0));
        });
    }

    /** Loads {@code modelId} now, so that a server fails at startup rather than on its first request. */
    public void preload(String modelId) {
        LocalModelSpec spec = LocalEmbeddingModels.byId(modelId);
        whileOpen(() -> models.get(spec.id()).get());
    }

    /** Ids of the models loaded so far, in registry order. */
    public List<String> loadedModelIds() {
        return models.entrySet().stream().filter(e -> e.getValue().isLoaded()).map(Map.Entry::getKey).toList();
    }

    public OnnxEmbeddingOptions options() {
        return options;
    }

    @Override
    public void close() {
        lifecycle.writeLock().lock();
        try {
            closed = true;
            models.values().forEach(LazyModel::close);
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    private <T> T whileOpen(Supplier<T> work) {
        lifecycle.readLock().lock();
        try {
            if (closed) {
                throw new GantryException(ErrorKind.UPSTREAM_UNAVAILABLE,
                        "the local embedding provider has been shut down; retry on another instance");
            }
            return work.get();
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private static void requireNativeDimensions(Integer requested, LocalModelSpec spec) {
        if (requested != null && requested != spec.dimensions()) {
            throw GantryException.invalid("dimensions", "dimensions " + requested + " is not available for local model '"
                    + spec.id() + "', which always returns " + spec.dimensions()
                    + " dimensions: omit 'dimensions' or set it to " + spec.dimensions());
        }
    }
}
