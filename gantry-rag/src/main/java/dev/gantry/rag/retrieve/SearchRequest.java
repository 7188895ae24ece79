package dev.gantry.rag.retrieve;

import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.Filter;

/**
 * What to search for and how. Built with {@link #builder(String)}; the constructor checks every range, so a
 * request that exists is valid (filter fields are checked against the index by {@link Retriever}).
 *
 * @param mode         BM25, DENSE or HYBRID (default)
 * @param topK         hits returned, 1..{@value #MAX_TOP_K} (default 10)
 * @param filter       metadata conditions every hit must meet ({@link Filter#NONE} for none)
 * @param textWeight   weight of the BM25 ranking in the fusion, >= 0 (default 1.0; 0 skips BM25)
 * @param vectorWeight weight of the kNN ranking in the fusion, >= 0 (default 1.0; 0 skips kNN)
 * @param candidates   hits fetched per method before fusion, rerank and MMR: topK..{@value #MAX_CANDIDATES}
 *                     (default {@link #defaultCandidates(int) max(50, 4 * topK)})
 * @param mmrLambda    maximal marginal relevance trade-off in [0,1] (1 = relevance only, 0 = diversity only);
 *                     null turns MMR off
 * @param rerank       re-score the fused candidates with the configured reranker
 */
public record SearchRequest(String query, SearchMode mode, int topK, Filter filter, double textWeight,
                            double vectorWeight, int candidates, Double mmrLambda, boolean rerank) {
    public static final int DEFAULT_TOP_K = 10;
    public static final int MAX_TOP_K = 1000;
    public static final int MAX_CANDIDATES = 10_000;
    /** Longer queries are documents, not questions; embedding models truncate far earlier anyway. */
    public static final int MAX_QUERY_CHARS = 8192;

    public SearchRequest {
        mode = mode == null ? SearchMode.HYBRID : mode;
        filter = filter == null ? Filter.NONE : filter;
        requireQuery(query);
        requireTopK(topK);
        requireWeights(textWeight, vectorWeight);
        requireCandidates(candidates, topK);
        requireLambda(mmrLambda);
    }

    public static SearchRequest of(String query) {
        return builder(query).build();
    }

    public static Builder builder(String query) {
        return new Builder(query);
    }

    public static int defaultCandidates(int topK) {
        return Math.max(50, 4 * topK);
    }

    /** Rerank and MMR choose among more than topK hits; without them topK per method is enough. */
    boolean needsCandidates() {
        return rerank || mmrLambda != null;
    }

    private static void requireQuery(String query) {
        if (query == null || query.isBlank()) {
            throw GantryException.invalid("query", "query is blank; send the text to search for");
        }
        if (query.length() > MAX_QUERY_CHARS) {
            throw GantryException.invalid("query", "query has " + query.length() + " characters, more than the "
                    + MAX_QUERY_CHARS + " allowed; shorten it to the question itself");
        }
    }

    private static void requireTopK(int topK) {
        if (topK < 1 || topK > MAX_TOP_K) {
            throw GantryException.invalid("top_k", "top_k " + topK + " is out of range; use 1 to " + MAX_TOP_K);
        }
    }

    private static void requireWeights(double text, double vector) {
        requireWeight("text_weight", text);
        requireWeight("vector_weight", vector);
        if (text == 0 && vector == 0) {
            throw GantryException.invalid("text_weight", "text_weight and vector_weight are both 0, so nothing would "
                    + "be searched; give at least one a positive weight (the default is 1.0 each)");
        }
    }

    private static void requireWeight(String param, double weight) {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw GantryException.invalid(param, param + " " + weight + " is not allowed; use a finite number >= 0");
        }
    }

    private static void requireCandidates(int candidates, int topK) {
        if (candidates < topK || candidates > MAX_CANDIDATES) {
            throw GantryException.invalid("candidates", "candidates " + candidates + " is out of range; use top_k ("
                    + topK + ") to " + MAX_CANDIDATES + ", or leave it out for max(50, 4 * top_k)");
        }
    }

    private static void requireLambda(Double lambda) {
        if (lambda != null && !(lambda >= 0 && lambda <= 1)) {
            throw GantryException.invalid("mmr_lambda", "mmr_lambda " + lambda + " is out of range; use 0 (most "
                    + "diverse) to 1 (most relevant), or leave it out to turn MMR off");
        }
    }

    /** Defaults for everything but the query; {@code candidates} follows topK unless set. */
    public static final class Builder {
        private final String query;
        private SearchMode mode = SearchMode.HYBRID;
        private int topK = DEFAULT_TOP_K;
        private Filter filter = Filter.NONE;
        private double textWeight = 1.0;
        private double vectorWeight = 1.0;
        private Integer candidates;
        private Double mmrLambda;
        private boolean rerank;

        private Builder(String query) {
            this.query = query;
        }

        public Builder mode(SearchMode v) { mode = v; return this; }
        public Builder topK(int v) { topK = v; return this; }
        public Builder filter(Filter v) { filter = v; return this; }
        public Builder textWeight(double v) { textWeight = v; return this; }
        public Builder vectorWeight(double v) { vectorWeight = v; return this; }
        /** null restores the default, max(50, 4 * topK). */
        public Builder candidates(Integer v) { candidates = v; return this; }
        public Builder mmrLambda(Double v) { mmrLambda = v; return this; }
        public Builder rerank(boolean v) { rerank = v; return this; }

        public SearchRequest build() {
            int perMethod = candidates != null ? candidates : Math.min(MAX_CANDIDATES, defaultCandidates(topK));
            return new SearchRequest(query, mode, topK, filter, textWeight, vectorWeight, perMethod, mmrLambda, rerank);
        }
    }
}
