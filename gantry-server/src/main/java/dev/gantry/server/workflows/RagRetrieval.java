package dev.gantry.server.workflows;

import dev.gantry.rag.retrieve.SearchHit;
import dev.gantry.rag.retrieve.SearchRequest;
import dev.gantry.server.rag.RagEngine;
import dev.gantry.workflows.engine.Retrieval;
import java.util.List;

/** Retrieve steps over the RAG engine: hybrid search (BM25 + vectors, fused) of the named collection. */
final class RagRetrieval implements Retrieval {
    private final RagEngine rag;

    RagRetrieval(RagEngine rag) {
        this.rag = rag;
    }

    @Override
    public List<Passage> search(String collection, String query, int topK) {
        List<SearchHit> hits = rag.retriever(collection).search(SearchRequest.builder(query).topK(topK).build()).hits();
        return hits.stream().map(h -> new Passage(h.chunk().text(), h.chunk().documentId(), h.chunk().id(), h.score())).toList();
    }
}
