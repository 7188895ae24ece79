package dev.gantry.guard.classify;

import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.embed.EmbeddingModel;
import dev.gantry.core.embed.EmbeddingRequest;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A logistic regression over a sentence embedding: reads what a request means where hashed n-grams read its words, so
 * it carries to phrasings the training rows never used. The vector comes from an {@link EmbeddingModel} (in process:
 * the ONNX adapter); the weights were trained offline on that model's vectors of normalised texts, and the file names
 * the model. It fails open like {@link RemoteClassifier}: when the model cannot answer, it returns empty and the other
 * layers decide. Thread-safe.
 */
public final class EmbeddingClassifier {
    private static final Logger LOG = Logger.getLogger(EmbeddingClassifier.class.getName());
    private static final int MAGIC = 0x47454d42; // "GEMB"
    private static final int VERSION = 1;

    private final String modelId;
    private final float[] weights;
    private final float bias;
    private final EmbeddingModel embeddings;

    public EmbeddingClassifier(String modelId, float[] weights, float bias, EmbeddingModel embeddings) {
        this.modelId = modelId;
        this.weights = weights.clone();
        this.bias = bias;
        this.embeddings = embeddings;
    }

    /** The weights {@link #writeTo} wrote, applied to the vectors {@code embeddings} computes for the file's model. */
    public static EmbeddingClassifier read(InputStream source, EmbeddingModel embeddings) throws IOException {
        DataInputStream in = ModelFiles.open(source, MAGIC, VERSION, "an embedding classifier",
                "; retrain it with the trainer named in the detector's javadoc");
        String model = in.readUTF();
        float bias = in.readFloat();
        float[] weights = new float[in.readInt()];
        for (int i = 0; i < weights.length; i++) weights[i] = in.readFloat();
        return new EmbeddingClassifier(model, weights, bias, embeddings);
    }

    public static EmbeddingClassifier fromResource(String resource, EmbeddingModel embeddings) {
        try (InputStream in = EmbeddingClassifier.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing classpath resource " + resource);
            return read(in, embeddings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding classifier " + resource, e);
        }
    }

    public void writeTo(OutputStream target) throws IOException {
        ModelFiles.write(target, MAGIC, VERSION, out -> {
            out.writeUTF(modelId);
            out.writeFloat(bias);
            out.writeInt(weights.length);
            for (float w : weights) out.writeFloat(w);
        });
    }

    /** The embedding model whose vectors the weights read, e.g. {@code all-minilm-l6-v2-q}. */
    public String modelId() {
        return modelId;
    }

    /** P(positive) of a text as the training rows were embedded (normalised by {@link LightNormalizer}); empty on failure. */
    public OptionalDouble probability(String normalized) {
        try {
            List<float[]> vectors = embeddings.embed(new EmbeddingRequest(modelId, List.of(normalized), null, null, null, Map.of()),
                    CallOptions.DEFAULT).vectors();
            return OptionalDouble.of(probability(vectors.getFirst()));
        } catch (RuntimeException e) {
            // the class only, never the message: it could quote the text
            LOG.log(Level.WARNING, "embedding classifier skipped: the model " + modelId + " failed ({0})", e.getClass().getSimpleName());
            return OptionalDouble.empty();
        }
    }

    /** P(positive) of a vector of the model's dimensions. */
    public double probability(float[] vector) {
        if (vector.length != weights.length) {
            throw new IllegalArgumentException("a vector of " + vector.length + " dimensions; the classifier reads " + weights.length
                    + " (" + modelId + ")");
        }
        double z = bias;
        for (int i = 0; i < weights.length; i++) z += weights[i] * vector[i];
        return 1 / (1 + Math.exp(-z));
    }
}
