package dev.gantry.server.cli;

import dev.gantry.rag.retrieve.SearchHit;
import dev.gantry.rag.retrieve.SearchRequest;
import dev.gantry.rag.retrieve.SearchResult;
import dev.gantry.server.Gantry;
import dev.gantry.server.http.SearchJson;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `gantry search COLLECTION "query"`: ranked chunks with scores and citations. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search a collection: ranked chunks with citations.")
final class SearchCommand implements Callable<Integer> {
    @Mixin
    EngineOptions engine = new EngineOptions();

    @Mixin
    SearchOptions search = new SearchOptions();

    @Parameters(index = "0", description = "collection name")
    String collection;

    @Parameters(index = "1", description = "what to search for")
    String query;

    @Option(names = "--json", description = "print the API's JSON")
    boolean json;

    @Override
    public Integer call() {
        try (Gantry gantry = engine.open()) {
            SearchRequest request = search.request(query);
            SearchResult result = gantry.rag().retriever(collection).search(request);
            if (json) {
                System.out.println(SearchJson.result(collection, request, result).toPrettyString());
                return 0;
            }
            if (result.isEmpty()) System.out.println("no matching chunks");
            for (SearchHit h : result.hits()) {
                var c = h.citation();
                System.out.printf(Locale.ROOT, "%2d. %.4f  %s  [%s, chars %d-%d]%s%n", h.rank(), h.score(),
                        c.title() == null ? c.documentId() : c.title(), c.chunkId(), c.startOffset(), c.endOffset(),
                        c.headingPath().isEmpty() ? "" : "  " + String.join(" > ", c.headingPath()));
                System.out.println("    " + snippet(h.chunk().text()));
            }
            System.out.printf(Locale.ROOT, "(%d hits, %.1f ms)%n", result.hits().size(), result.timings().totalMicros() / 1000.0);
            return 0;
        }
    }

    static String snippet(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 240 ? flat : flat.substring(0, 237) + "...";
    }
}
