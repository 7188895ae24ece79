package dev.gantry.guard.classify;

import java.util.Objects;

/**
 * One labelled training or evaluation text.
 *
 * @param category optional finer class of a positive (e.g. {@code WEAPONS}); empty when not given
 */
public record Exemplar(String text, boolean positive, String category) {
    public Exemplar {
        Objects.requireNonNull(text, "text");
        category = category == null ? "" : category;
    }
}
