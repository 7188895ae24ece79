package dev.gantry.embed.onnx;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One model ready to run: its tokenizer and ONNX Runtime session. Thread-safe: both the tokenizer and
 * {@link OrtSession#run} may be called concurrently, and every call owns its tensors.
 */
final class LoadedModel implements AutoCloseable {
    static final String INPUT_IDS = "input_ids";
    static final String ATTENTION_MASK = "attention_mask";
    static final String TOKEN_TYPE_IDS = "token_type_ids";
    static final String HIDDEN_STATES = "last_hidden_state";

    private final LocalModelSpec spec;
    private final HuggingFaceTokenizer tokenizer;
    private final OrtSession session;
    private final boolean takesTokenTypes;

    LoadedModel(LocalModelSpec spec, HuggingFaceTokenizer tokenizer, OrtSession session) {
        this.spec = spec;
        this.tokenizer = tokenizer;
        this.session = session;
        this.takesTokenTypes = session.getInputNames().contains(TOKEN_TYPE_IDS);
    }

    /** Vectors in the order of {@code texts}, and the tokens the model processed (special tokens included). */
    Embeddings embedAll(List<String> texts, OnnxEmbeddingOptions options) {
        long[][] tokenIds = tokenize(texts);
        float[][] vectors = new float[texts.size()][];
        for (int[] members : BatchPlan.of(tokenIds, options.maxBatchSize(), options.maxBatchTokens())) {
            stopIfInterrupted();
            float[][] batchVectors = embed(TokenBatch.pad(tokenIds, members));
            for (int row = 0; row < members.length; row++) {
                vectors[members[row]] = batchVectors[row];
            }
        }
        return new Embeddings(vectors, countTokens(tokenIds));
    }

    record Embeddings(float[][] vectors, long tokens) {
    }

    private long[][] tokenize(List<String> texts) {
        Encoding[] encodings = tokenizer.batchEncode(texts);
        long[][] ids = new long[encodings.length][];
        for (int i = 0; i < encodings.length; i++) {
            ids[i] = encodings[i].getIds();
        }
        return ids;
    }

    private float[][] embed(TokenBatch batch) {
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put(INPUT_IDS, tensor(batch.inputIds(), batch));
            inputs.put(ATTENTION_MASK, tensor(batch.attentionMask(), batch));
            if (takesTokenTypes) inputs.put(TOKEN_TYPE_IDS, tensor(new long[batch.inputIds().length], batch));
            try (OrtSession.Result result = session.run(inputs, Set.of(HIDDEN_STATES))) {
                return pool(batch, (OnnxTensor) result.get(0));
            }
        } catch (OrtException e) {
            throw new GantryException(ErrorKind.INTERNAL, "local embedding model '" + spec.id()
                    + "' failed on a batch of " + batch.rows() + " texts", e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private float[][] pool(TokenBatch batch, OnnxTensor output) {
        long[] shape = output.getInfo().getShape();
        HiddenStates states = new HiddenStates(output.getFloatBuffer(), (int) shape[1], (int) shape[2]);
        float[][] vectors = new float[batch.rows()][];
        for (int row = 0; row < batch.rows(); row++) {
            vectors[row] = UnitLength.normalise(spec.pooling().pool(states, row, batch.realTokens()[row]));
        }
        return vectors;
    }

    private static OnnxTensor tensor(long[] values, TokenBatch batch) throws OrtException {
        return OnnxTensor.createTensor(OrtRuntime.environment(), LongBuffer.wrap(values), batch.shape());
    }

    /** A model run cannot be interrupted, so a cancelled caller stops at the next batch boundary. */
    private void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new GantryException(ErrorKind.CANCELLED, "embedding with local model '" + spec.id()
                    + "' was cancelled");
        }
    }

    private static long countTokens(long[][] tokenIds) {
        long total = 0;
        for (long[] ids : tokenIds) {
            total += ids.length;
        }
        return total;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            // Nothing to recover at shutdown; the native memory goes with the process at worst.
        } finally {
            tokenizer.close();
        }
    }
}
