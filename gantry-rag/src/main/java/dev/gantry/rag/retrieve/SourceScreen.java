package dev.gantry.rag.retrieve;

import dev.gantry.core.rag.Chunk;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks retrieved passages before they go into a prompt: documents are untrusted text, and an instruction
 * hidden in one ("ignore your rules and ...") must not reach the model as if it were part of its task. The
 * server plugs in the guardrails; without them every passage is used as retrieved.
 */
@FunctionalInterface
public interface SourceScreen {
    SourceScreen NONE = passages -> passages;

    /** @return one entry per passage, in order: its text as it may be used (say, redacted), or null to leave it out */
    List<String> screen(List<String> passages);

    /** The hits whose passages pass, with the screened text, ranked again from 1. */
    default SearchResult apply(SearchResult result) {
        if (this == NONE || result.isEmpty()) return result;
        List<String> texts = screen(result.hits().stream().map(h -> h.chunk().text()).toList());
        if (texts.size() != result.hits().size()) {
            throw new IllegalStateException("a source screen must answer once per passage");
        }
        List<SearchHit> kept = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) == null) continue;
            SearchHit h = result.hits().get(i);
            kept.add(new SearchHit(kept.size() + 1, withText(h.chunk(), texts.get(i)), h.score(), h.citation()));
        }
        return new SearchResult(kept, result.timings());
    }

    private static Chunk withText(Chunk c, String text) {
        if (text.equals(c.text())) return c;
        return new Chunk(c.id(), c.documentId(), c.ordinal(), text, c.startOffset(), c.endOffset(), c.headingPath(),
                c.tokens(), c.metadata());
    }
}
