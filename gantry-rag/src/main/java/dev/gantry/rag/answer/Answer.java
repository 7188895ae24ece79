package dev.gantry.rag.answer;

import dev.gantry.core.chat.Usage;
import java.util.List;

/**
 * A grounded answer.
 *
 * @param cited   the sources the text refers to with [n] markers, in order of first mention
 * @param sources every source the model was given
 * @param model   the model that answered; null when no model was called (nothing relevant was found)
 */
public record Answer(String text, List<Source> cited, List<Source> sources, Usage usage, String model) {
    public Answer {
        cited = List.copyOf(cited);
        sources = List.copyOf(sources);
        usage = usage == null ? Usage.ZERO : usage;
    }
}
