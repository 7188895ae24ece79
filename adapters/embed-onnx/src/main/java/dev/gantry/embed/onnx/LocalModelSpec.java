package dev.gantry.embed.onnx;

import java.util.Objects;

/**
 * One embedding model shipped on the classpath.
 *
 * @param id                the name clients use ({@code model} in a request, with or without the {@code local/} prefix)
 * @param dimensions        length of every vector the model returns
 * @param maxTokens         tokens per input, special tokens included; longer inputs are truncated to this
 * @param pooling           how token states become one vector (from the model card)
 * @param queryInstruction  prefix the model card asks for on retrieval queries; empty when the model wants none
 * @param modelResource     classpath name of the .onnx file
 * @param tokenizerResource classpath name of the HuggingFace tokenizer.json
 * @param artifact          the Maven artifact that carries both resources, named in errors when they are missing
 */
public record LocalModelSpec(String id, int dimensions, int maxTokens, Pooling pooling, String queryInstruction,
                             String modelResource, String tokenizerResource, String artifact) {
    public LocalModelSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pooling, "pooling");
        Objects.requireNonNull(queryInstruction, "queryInstruction");
        Objects.requireNonNull(modelResource, "modelResource");
        Objects.requireNonNull(tokenizerResource, "tokenizerResource");
        Objects.requireNonNull(artifact, "artifact");
        if (dimensions <= 0) throw new IllegalArgumentException("dimensions must be positive, got " + dimensions);
        if (maxTokens < 2) throw new IllegalArgumentException("maxTokens must leave room for [CLS] and [SEP], got " + maxTokens);
    }

    /** The text actually embedded for {@code text}: the query instruction comes first for queries only. */
    String textFor(String text, InputType type) {
        return type == InputType.QUERY ? queryInstruction + text : text;
    }
}
