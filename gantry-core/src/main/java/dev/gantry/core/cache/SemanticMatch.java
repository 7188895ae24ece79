package dev.gantry.core.cache;

import java.util.Objects;

/**
 * A cached answer found for a similar request, with the cosine similarity of the two latest user turns.
 *
 * @param text the latest user turn the answer was made for
 */
public record SemanticMatch(String text, CachedAnswer answer, double similarity) {
    public SemanticMatch {
        Objects.requireNonNull(answer, "answer");
    }
}
