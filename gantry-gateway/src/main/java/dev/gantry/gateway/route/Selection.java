package dev.gantry.gateway.route;

import java.util.Objects;

/**
 * Smart model selection on an alias: a request whose prompt scores P(easy) at or above {@code threshold} goes to the
 * {@code cheap} alias (with this alias as its last fallback); every other request stays on this alias's own targets,
 * the strong model.
 *
 * @param cheap     the alias easy requests are sent to
 * @param threshold the lowest P(easy) sent to the cheap alias, in (0, 1]; higher sends fewer hard prompts there
 */
public record Selection(String cheap, double threshold, PromptScorer scorer) {
    public Selection {
        Objects.requireNonNull(cheap, "cheap");
        Objects.requireNonNull(scorer, "scorer");
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("selection threshold " + threshold + " must be in (0, 1]");
        }
    }
}
