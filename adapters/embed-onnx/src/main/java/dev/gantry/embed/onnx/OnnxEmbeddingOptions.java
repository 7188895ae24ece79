package dev.gantry.embed.onnx;

/**
 * Tuning of the in-process embedding runtime.
 *
 * @param intraOpThreads threads ONNX Runtime uses inside one model run (one pool per loaded model)
 * @param maxBatchSize   most texts in one model run; texts of similar length are batched together
 * @param maxBatchTokens most padded tokens (texts times the longest of them) in one model run; short texts still
 *                       fill whole batches while long ones run in twos or alone, which measured faster and leaner
 */
public record OnnxEmbeddingOptions(int intraOpThreads, int maxBatchSize, int maxBatchTokens) {
    public static final int DEFAULT_MAX_BATCH_SIZE = 32;
    public static final int DEFAULT_MAX_BATCH_TOKENS = 1024;

    public OnnxEmbeddingOptions {
        if (intraOpThreads < 1) {
            throw new IllegalArgumentException("intraOpThreads must be at least 1, got " + intraOpThreads
                    + ": use the number of cores the embedder may take (default: all of them)");
        }
        if (maxBatchSize < 1) {
            throw new IllegalArgumentException("maxBatchSize must be at least 1, got " + maxBatchSize
                    + " (default " + DEFAULT_MAX_BATCH_SIZE + ")");
        }
        if (maxBatchTokens < 1) {
            throw new IllegalArgumentException("maxBatchTokens must be at least 1, got " + maxBatchTokens
                    + " (default " + DEFAULT_MAX_BATCH_TOKENS + ")");
        }
    }

    /** All cores, batches of up to 32 texts and 1,024 padded tokens. */
    public static OnnxEmbeddingOptions defaults() {
        return new OnnxEmbeddingOptions(Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_BATCH_SIZE,
                DEFAULT_MAX_BATCH_TOKENS);
    }

    public OnnxEmbeddingOptions withIntraOpThreads(int threads) {
        return new OnnxEmbeddingOptions(threads, maxBatchSize, maxBatchTokens);
    }

    public OnnxEmbeddingOptions withMaxBatchSize(int size) {
        return new OnnxEmbeddingOptions(intraOpThreads, size, maxBatchTokens);
    }

    public OnnxEmbeddingOptions withMaxBatchTokens(int tokens) {
        return new OnnxEmbeddingOptions(intraOpThreads, maxBatchSize, tokens);
    }
}
