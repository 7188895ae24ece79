package dev.gantry.embed.onnx;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** Opens a shipped model: its tokenizer.json with DJL and its .onnx file with ONNX Runtime, both from the classpath. */
final class ModelLoader {
    private static final String DJL_TRACKING_OPT_OUT = "OPT_OUT_TRACKING";

    private ModelLoader() {
    }

    static LoadedModel load(LocalModelSpec spec, OnnxEmbeddingOptions options) {
        HuggingFaceTokenizer tokenizer = openTokenizer(spec);
        try {
            OrtSession session = openSession(spec, options);
            return new LoadedModel(spec, tokenizer, session);
        } catch (RuntimeException e) {
            tokenizer.close();
            throw e;
        }
    }

    /** Truncation to the model's limit is on; padding is off because batches are padded per batch, after sorting. */
    private static HuggingFaceTokenizer openTokenizer(LocalModelSpec spec) {
        optOutOfDjlTelemetry();
        String maxTokens = String.valueOf(spec.maxTokens());
        Map<String, String> settings = Map.of("addSpecialTokens", "true", "truncation", "true", "maxLength", maxTokens,
                "modelMaxLength", maxTokens, "padding", "false");
        InputStream json = resource(spec, spec.tokenizerResource());
        try (json) {
            return HuggingFaceTokenizer.newInstance(json, settings);
        } catch (IOException | RuntimeException e) {
            throw unreadable(spec, spec.tokenizerResource(), e);
        }
    }

    private static OrtSession openSession(LocalModelSpec spec, OnnxEmbeddingOptions options) {
        byte[] model = readModel(spec);
        OrtEnvironment environment = OrtRuntime.environment();
        try (OrtSession.SessionOptions settings = new OrtSession.SessionOptions()) {
            settings.setIntraOpNumThreads(options.intraOpThreads());
            settings.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // Memory patterns pay off only for fixed shapes; ours vary per batch. Off: same speed, ~250 MiB less RSS
            // (measured on all-minilm-l6-v2-q, SciFact passages). The arena stays on: without it batches got slower.
            settings.setMemoryPatternOptimization(false);
            OrtSession session = environment.createSession(model, settings);
            try {
                checkSignature(spec, session);
            } catch (RuntimeException | OrtException e) {
                session.close();
                throw e;
            }
            return session;
        } catch (OrtException e) {
            throw unreadable(spec, spec.modelResource(), e);
        }
    }

    private static byte[] readModel(LocalModelSpec spec) {
        InputStream in = resource(spec, spec.modelResource());
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw unreadable(spec, spec.modelResource(), e);
        }
    }

    /** Fails at load, not on the first request, when a file is not the BERT-style encoder the registry describes. */
    private static void checkSignature(LocalModelSpec spec, OrtSession session) throws OrtException {
        for (String input : new String[] {LoadedModel.INPUT_IDS, LoadedModel.ATTENTION_MASK}) {
            if (!session.getInputNames().contains(input)) throw mismatch(spec, "has no input '" + input + "'");
        }
        NodeInfo states = session.getOutputInfo().get(LoadedModel.HIDDEN_STATES);
        if (states == null) throw mismatch(spec, "has no output '" + LoadedModel.HIDDEN_STATES + "'");
        long[] shape = ((TensorInfo) states.getInfo()).getShape();
        long hidden = shape[shape.length - 1];
        if (hidden > 0 && hidden != spec.dimensions()) {
            throw mismatch(spec, "produces " + hidden + "-dimensional states, not " + spec.dimensions());
        }
    }

    private static InputStream resource(LocalModelSpec spec, String name) {
        InputStream in = ModelLoader.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new GantryException(ErrorKind.INTERNAL, "local embedding model '" + spec.id() + "' is not installed:"
                    + " classpath resource '" + name + "' is missing; add the Maven artifact " + spec.artifact()
                    + " to the server's classpath");
        }
        return in;
    }

    /**
     * DJL probes the EC2 metadata endpoint and reports usage when a tokenizer is created, unless opted out. A
     * self-hosted platform must not phone home from its embedder; an operator's explicit setting still wins.
     */
    private static void optOutOfDjlTelemetry() {
        if (System.getenv(DJL_TRACKING_OPT_OUT) == null && System.getProperty(DJL_TRACKING_OPT_OUT) == null) {
            System.setProperty(DJL_TRACKING_OPT_OUT, "true");
        }
    }

    private static GantryException unreadable(LocalModelSpec spec, String resource, Exception cause) {
        return new GantryException(ErrorKind.INTERNAL, "local embedding model '" + spec.id() + "' could not be loaded"
                + " from classpath resource '" + resource + "' (artifact " + spec.artifact() + ")", cause);
    }

    private static GantryException mismatch(LocalModelSpec spec, String problem) {
        return new GantryException(ErrorKind.INTERNAL, "local embedding model '" + spec.id() + "': "
                + spec.modelResource() + " " + problem + "; the artifact " + spec.artifact()
                + " does not match Gantry's registry");
    }
}
