package dev.gantry.rag.answer;

import dev.gantry.rag.retrieve.SearchHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Packs search hits into a token budget (cl100k_base) as numbered sources, best first.
 *
 * <ul>
 *   <li>Hits are taken in rank order; a hit that overlaps, touches or directly follows a chunk of the same
 *       document already packed joins that source (offsets merged, overlapping text written once), and one
 *       that bridges two such sources merges them.</li>
 *   <li>A hit that does not fit whole contributes its leading whole sentences that fit; with not even one
 *       sentence fitting it is skipped and the next hit is tried (a shorter one may still fit).</li>
 *   <li>Sources are numbered [1]..[n] by the best rank among their chunks.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class ContextPacker {
    static final String SEPARATOR = "\n\n";

    public PackedContext pack(List<SearchHit> hits, int tokenBudget) {
        if (tokenBudget < 1) throw new IllegalArgumentException("token budget " + tokenBudget + " must be positive");
        List<Draft> drafts = new ArrayList<>();
        int used = 0;
        for (SearchHit hit : hits) {
            Placement placed = fit(hit, drafts, tokenBudget - used);
            if (placed == null) continue;
            drafts.removeAll(placed.absorbed());
            drafts.add(placed.draft());
            used += placed.cost();
        }
        return render(drafts, tokenBudget);
    }

    /** What adding a piece would do: the sources it merges with, the result, and the tokens it adds. */
    private record Placement(List<Draft> absorbed, Draft draft, int cost, boolean addsText) {
    }

    private static Placement fit(SearchHit hit, List<Draft> drafts, int remaining) {
        Placement whole = place(Piece.whole(hit), drafts);
        return whole.cost() <= remaining ? whole : longestSentencePrefix(hit, drafts, remaining);
    }

    /** Binary search over sentence ends: longer prefixes never cost fewer tokens. */
    private static Placement longestSentencePrefix(SearchHit hit, List<Draft> drafts, int remaining) {
        List<Integer> ends = Sentences.ends(hit.chunk().text());
        Placement best = null;
        int lo = 0;
        int hi = ends.size() - 2; // the last end is the whole text, which did not fit
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Placement p = place(Piece.prefix(hit, ends.get(mid)), drafts);
            if (p.cost() <= remaining) {
                best = p;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best != null && best.addsText() ? best : null;
    }

    private static Placement place(Piece piece, List<Draft> drafts) {
        List<Draft> absorbed = drafts.stream().filter(d -> d.joins(piece)).toList();
        List<Piece> pieces = new ArrayList<>();
        absorbed.forEach(d -> pieces.addAll(d.pieces()));
        pieces.add(piece);
        Draft merged = Draft.of(pieces);
        int before = absorbed.stream().mapToInt(Draft::tokens).sum();
        int textBefore = absorbed.stream().mapToInt(d -> d.text().length()).sum();
        return new Placement(absorbed, merged, merged.tokens() - before, merged.text().length() > textBefore);
    }

    /**
     * Numbers the sources and joins them. Costs were counted per source; the exact count of the joined text
     * is checked too, dropping the last sources in the rare case that tokens merged differently across joins.
     */
    private static PackedContext render(List<Draft> drafts, int tokenBudget) {
        List<Draft> ordered = new ArrayList<>(drafts);
        ordered.sort(Comparator.comparingInt(Draft::rank));
        while (true) {
            List<Source> sources = new ArrayList<>(ordered.size());
            List<String> blocks = new ArrayList<>(ordered.size());
            for (int i = 0; i < ordered.size(); i++) {
                sources.add(ordered.get(i).toSource(i + 1));
                blocks.add(ordered.get(i).block(i + 1));
            }
            String text = String.join(SEPARATOR, blocks);
            int tokens = Tokens.count(text);
            if (tokens <= tokenBudget || ordered.isEmpty()) return new PackedContext(sources, text, tokens);
            ordered.remove(ordered.size() - 1);
        }
    }
}
