package dev.gantry.rag.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.rag.IngestItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an uploaded file's ingest item remembers besides the path it waits at: the document id, the client's file
 * name and metadata. Uploaded files are deleted once their item is settled.
 */
public record UploadInfo(String id, String name, Map<String, String> metadata) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public UploadInfo {
        metadata = Map.copyOf(metadata);
    }

    public IngestItem item(String path) {
        ObjectNode o = JSON.createObjectNode().put("id", id).put("name", name);
        ObjectNode m = o.putObject("metadata");
        metadata.forEach(m::put);
        return new IngestItem(null, 0, IngestItem.Kind.FILE, path, 0, o.toString(), IngestItem.State.PENDING, null);
    }

    static UploadInfo parse(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            Map<String, String> meta = new LinkedHashMap<>();
            n.path("metadata").fields().forEachRemaining(e -> meta.put(e.getKey(), e.getValue().asText()));
            return new UploadInfo(n.path("id").asText(), n.hasNonNull("name") ? n.get("name").asText() : null, meta);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored upload record is not JSON", e);
        }
    }

    /** True for items made by {@link #item}: their file belongs to Gantry and goes when the item is settled. */
    static boolean isUpload(IngestItem item) {
        return item.kind() == IngestItem.Kind.FILE && item.payload() != null;
    }
}
