package dev.gantry.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.rag.CollectionInfo;
import dev.gantry.core.rag.DocumentInfo;
import dev.gantry.core.rag.IngestItem;
import dev.gantry.core.rag.IngestJob;
import dev.gantry.rag.collection.CollectionDescription;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** JSON shapes of the RAG API (snake_case, like the OpenAI API around it). */
final class RagJson {
    private RagJson() {
    }

    static ObjectNode collection(CollectionInfo c) {
        return RagRoute.object().put("object", "rag.collection").put("name", c.name())
                .put("embedding_model", c.embeddingModel()).put("dimensions", c.dimensions())
                .put("chunk_tokens", c.chunkTokens()).put("overlap_tokens", c.overlapTokens())
                .put("created_at", c.createdAt().getEpochSecond());
    }

    static ObjectNode described(CollectionDescription d) {
        ObjectNode o = collection(d.info());
        o.put("documents", d.stats().documents()).put("chunks", d.stats().chunks()).put("bytes_on_disk", d.stats().bytesOnDisk());
        ArrayNode fields = o.putArray("metadata_fields");
        d.metadataFields().stream().sorted().forEach(fields::add);
        return o;
    }

    static ObjectNode document(DocumentInfo d) {
        ObjectNode o = RagRoute.object().put("object", "rag.document").put("id", d.id()).put("title", d.title())
                .put("source", d.source()).put("content_hash", d.contentHash()).put("chunks", d.chunkCount())
                .put("characters", d.textLength()).put("ingested_at", d.ingestedAt().getEpochSecond());
        o.set("metadata", metadata(d.metadata()));
        return o;
    }

    static ObjectNode metadata(Map<String, String> m) {
        ObjectNode o = RagRoute.object();
        m.forEach(o::put);
        return o;
    }

    static ObjectNode job(IngestJob j, List<IngestItem> failures) {
        ObjectNode o = RagRoute.object().put("object", "rag.ingest_job").put("id", j.id()).put("collection", j.collection())
                .put("status", j.status().name().toLowerCase(Locale.ROOT)).put("total", j.total()).put("done", j.done())
                .put("skipped", j.skipped()).put("failed", j.failed())
                .put("created_at", j.createdAt().getEpochSecond()).put("updated_at", j.updatedAt().getEpochSecond());
        if (failures != null) {
            ArrayNode f = o.putArray("errors");
            for (IngestItem i : failures) f.add(RagRoute.object().put("item", i.describe()).put("message", i.error()));
        }
        return o;
    }

    static ObjectNode list(ArrayNode data) {
        ObjectNode o = RagRoute.object().put("object", "list");
        o.set("data", data);
        return o;
    }
}
