package dev.gantry.embed.onnx;

/** Loads a model on first use, exactly once, and shares it; a failed load is tried again on the next call. */
final class LazyModel implements AutoCloseable {
    private final LocalModelSpec spec;
    private final OnnxEmbeddingOptions options;
    private volatile LoadedModel loaded;

    LazyModel(LocalModelSpec spec, OnnxEmbeddingOptions options) {
        this.spec = spec;
        this.options = options;
    }

    LoadedModel get() {
        LoadedModel model = loaded;
        if (model != null) return model;
        synchronized (this) {
            if (loaded == null) loaded = ModelLoader.load(spec, options);
            return loaded;
        }
    }

    boolean isLoaded() {
        return loaded != null;
    }

    @Override
    public synchronized void close() {
        if (loaded != null) {
            loaded.close();
            loaded = null;
        }
    }
}
