package dev.gantry.gateway.route;

/** Scores how likely a cheap model answers a prompt as well as a strong one. Thread-safe. */
@FunctionalInterface
public interface PromptScorer {
    /** @return P(easy) in [0, 1] for the text of the request's newest user message */
    double easyProbability(String prompt);
}
