package dev.gantry.server.knowledge;

import dev.gantry.core.rag.Chunk;
import dev.gantry.core.rag.CollectionInfo;
import dev.gantry.core.rag.DocumentInfo;
import dev.gantry.core.rag.IndexedChunk;
import dev.gantry.core.rag.VectorIndex;
import dev.gantry.knowledge.search.KnowledgeIndex;
import dev.gantry.rag.embed.CachingEmbedder;
import dev.gantry.rag.embed.TextHash;
import dev.gantry.rag.retrieve.SearchHit;
import dev.gantry.rag.retrieve.SearchRequest;
import dev.gantry.server.rag.RagEngine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Approved knowledge in a dedicated RAG collection: one single-chunk document per atom ("atom-ID") and per topic
 * ("topic-ID"), so the RAG engine's hybrid search (BM25 + kNN, fused) finds them. Metadata carries what a result needs
 * to be resolved back to the stores.
 */
final class RagKnowledgeIndex implements KnowledgeIndex {
    private final RagEngine rag;
    private final CollectionInfo collection;
    private final VectorIndex index;
    private final CachingEmbedder embedder;

    RagKnowledgeIndex(RagEngine rag, CollectionInfo collection) {
        this.rag = rag;
        this.collection = collection;
        this.index = rag.collections().index(collection);
        this.embedder = rag.collections().embedder(collection);
    }

    @Override
    public synchronized void putAtom(IndexedAtom a) {
        String text = a.title() + "\n\n" + a.body() + "\n\nTopic: " + a.topic() + " (" + a.type().wire() + ")";
        put("atom-" + a.atomId(), a.title(), text, Map.of("kind", "atom", "atom_id", Long.toString(a.atomId()),
                "version", Integer.toString(a.version()), "type", a.type().wire(), "topic", a.topic()));
    }

    @Override
    public synchronized void putTopic(long topicId, String name, String summary) {
        put("topic-" + topicId, name, name + "\n\n" + summary, Map.of("kind", "topic", "topic_id", Long.toString(topicId),
                "version", "0", "type", "topic", "topic", name));
    }

    private void put(String id, String title, String text, Map<String, String> metadata) {
        float[] vector = embedder.embedDocuments(List.of(text)).get(0);
        Chunk chunk = new Chunk(Chunk.idOf(id, 0), id, 0, text, 0, text.length(), List.of(), text.length() / 4, metadata);
        DocumentInfo info = new DocumentInfo(id, title, "knowledge", TextHash.of(text, metadata.toString()), metadata, 1,
                text.length(), Instant.now());
        index.replaceDocument(info, List.of(new IndexedChunk(chunk, vector, TextHash.of(text))));
        index.commit();
    }

    @Override
    public Optional<Integer> indexedVersion(long atomId) {
        return index.document("atom-" + atomId).map(d -> Integer.parseInt(d.metadata().getOrDefault("version", "0")));
    }

    @Override
    public List<Hit> search(String query, int k) {
        List<Hit> out = new ArrayList<>();
        for (SearchHit h : rag.retriever(collection.name()).search(SearchRequest.builder(query).topK(k).build()).hits()) {
            Map<String, String> m = h.chunk().metadata();
            boolean atom = "atom".equals(m.get("kind"));
            long id = Long.parseLong(atom ? m.get("atom_id") : m.get("topic_id"));
            out.add(new Hit(atom ? Kind.ATOM : Kind.TOPIC, id, Integer.parseInt(m.getOrDefault("version", "0")), h.score()));
        }
        return out;
    }
}
