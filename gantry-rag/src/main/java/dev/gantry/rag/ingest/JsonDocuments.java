package dev.gantry.rag.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.error.GantryException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads one document from JSON: {@code {"id", "text", "title"?, "metadata"?}} or the BEIR corpus form
 * {@code {"_id", "title", "text", "metadata"}}. Metadata values must be text, numbers or booleans.
 */
final class JsonDocuments {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonDocuments() {
    }

    /** @param where names the input in errors, e.g. "corpus.jsonl:12" or "item 3" */
    static SourceDocument parse(String json, String where, String source) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (Exception e) {
            throw invalid(where, "is not valid JSON (" + firstLine(e.getMessage()) + ")");
        }
        if (node == null || !node.isObject()) throw invalid(where, "must be a JSON object with \"id\" and \"text\"");
        String id = text(node, "_id", text(node, "id", null));
        if (id == null || id.isBlank()) {
            throw invalid(where, "has no \"id\" (BEIR: \"_id\"); give every document a stable id so a new version replaces the old one");
        }
        String body = text(node, "text", null);
        if (body == null || body.isBlank()) throw invalid(where, "(id '" + id + "') has no text: \"text\" is missing or empty");
        return new SourceDocument(id, text(node, "title", ""), body, source, metadata(node.get("metadata"), where));
    }

    private static Map<String, String> metadata(JsonNode meta, String where) {
        Map<String, String> out = new LinkedHashMap<>();
        if (meta == null || meta.isNull()) return out;
        if (!meta.isObject()) throw invalid(where, "\"metadata\" must be an object of text, number or boolean values");
        for (Iterator<Map.Entry<String, JsonNode>> it = meta.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull()) continue;
            if (!e.getValue().isValueNode()) {
                throw invalid(where, "metadata field '" + e.getKey() + "' is " + e.getValue().getNodeType().name().toLowerCase()
                        + "; only text, number or boolean values can be filtered on");
            }
            MetadataKeys.check(e.getKey(), where);
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? fallback : v.asText();
    }

    private static GantryException invalid(String where, String what) {
        return GantryException.invalid("documents", where + " " + what);
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
