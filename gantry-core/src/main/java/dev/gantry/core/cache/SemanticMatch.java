package dev.gantry.core.cache;

import java.util.Objects;

/** A cached answer found for a similar request, with the cosine similarity of the two latest user turns. */
public record SemanticMatch(CachedAnswer answer, double similarity) {
    public SemanticMatch {
        Objects.requireNonNull(answer, "answer");
    }
}
