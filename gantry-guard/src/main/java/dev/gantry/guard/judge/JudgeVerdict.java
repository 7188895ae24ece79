package dev.gantry.guard.judge;

import java.util.Objects;

/**
 * What the judge decided. It carries no free text from the model: a judge's explanation may quote the request,
 * and decisions are logged, audited and shown to clients.
 *
 * @param category one of {@link HarmCategories#ALL} when harmful, else {@link HarmCategories#NONE}
 */
public record JudgeVerdict(boolean harmful, String category) {
    public JudgeVerdict {
        Objects.requireNonNull(category, "category");
    }
}
