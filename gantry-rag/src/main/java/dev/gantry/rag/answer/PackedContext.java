package dev.gantry.rag.answer;

import java.util.List;

/**
 * Sources packed into a token budget.
 *
 * @param text   the sources as the prompt shows them: "[n] title — headings" then the text, blank lines between
 * @param tokens cl100k_base tokens of {@code text}, never more than the budget
 */
public record PackedContext(List<Source> sources, String text, int tokens) {
    public PackedContext {
        sources = List.copyOf(sources);
    }

    public boolean isEmpty() {
        return sources.isEmpty();
    }
}
