package dev.gantry.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.error.GantryException;
import dev.gantry.rag.retrieve.SearchRequest;
import dev.gantry.server.http.SearchJson;
import java.util.Set;
import picocli.CommandLine.Option;

/** Retrieval options shared by `search` and `ask`; they mean what the API's fields of the same names mean. */
final class SearchOptions {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--mode", description = "bm25, dense or hybrid (default hybrid)")
    String mode;

    @Option(names = "--top-k", description = "results (search, default 10) or sources retrieved (ask)")
    Integer topK;

    @Option(names = "--filter", description = "metadata filter as JSON, e.g. '{\"lang\":\"en\",\"year\":{\"gte\":2020}}'")
    String filter;

    @Option(names = "--mmr", description = "diversify with maximal marginal relevance, lambda in [0,1] (1 = relevance only)")
    Double mmr;

    @Option(names = "--rerank", description = "re-score with the configured reranker (rag.reranker)")
    boolean rerank;

    SearchRequest request(String query) {
        ObjectNode b = JSON.createObjectNode().put("query", query);
        if (mode != null) b.put("mode", mode);
        if (topK != null) b.put("top_k", topK);
        if (mmr != null) b.put("mmr_lambda", mmr);
        if (rerank) b.put("rerank", true);
        if (filter != null) {
            try {
                b.set("filter", JSON.readTree(filter));
            } catch (Exception e) {
                throw GantryException.invalid("filter", "--filter is not valid JSON; example: '{\"lang\":\"en\",\"year\":{\"gte\":2020}}'");
            }
        }
        return SearchJson.request(b, "query", Set.of());
    }
}
