package dev.gantry.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.Filter;
import dev.gantry.rag.answer.Source;
import dev.gantry.rag.retrieve.Citation;
import dev.gantry.rag.retrieve.SearchHit;
import dev.gantry.rag.retrieve.SearchMode;
import dev.gantry.rag.retrieve.SearchRequest;
import dev.gantry.rag.retrieve.SearchResult;
import dev.gantry.rag.retrieve.StageTimings;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Search requests and results as JSON. Filters: {@code {"lang": "en", "year": {"gte": 2020}, "tag": {"in": ["a","b"]},
 * "status": {"ne": "draft"}}}: a plain value means equality, an object names operators (eq, ne, in, gt, gte, lt, lte).
 */
public final class SearchJson {
    private static final Set<String> SEARCH_FIELDS = Set.of("query", "mode", "top_k", "filter", "text_weight",
            "vector_weight", "candidates", "mmr_lambda", "rerank");

    private SearchJson() {
    }

    /** @param queryField "query" for search, "question" for answers */
    public static SearchRequest request(JsonNode b, String queryField, Set<String> otherFields) {
        for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!SEARCH_FIELDS.contains(f) && !otherFields.contains(f) && !f.equals(queryField)) {
                throw GantryException.invalid(f, "unknown field '" + f + "'; allowed: " + String.join(", ", allowed(queryField, otherFields)));
            }
        }
        SearchRequest.Builder r = SearchRequest.builder(RagRoute.text(b, queryField))
                .mode(SearchMode.parse(RagRoute.text(b, "mode")))
                .filter(filter(b.get("filter")));
        Integer topK = RagRoute.integer(b, "top_k");
        if (topK != null) r.topK(topK);
        if (b.hasNonNull("text_weight")) r.textWeight(number(b, "text_weight"));
        if (b.hasNonNull("vector_weight")) r.vectorWeight(number(b, "vector_weight"));
        r.candidates(RagRoute.integer(b, "candidates"));
        if (b.hasNonNull("mmr_lambda")) r.mmrLambda(number(b, "mmr_lambda"));
        if (b.hasNonNull("rerank")) r.rerank(bool(b, "rerank"));
        return r.build();
    }

    private static List<String> allowed(String queryField, Set<String> other) {
        List<String> all = new ArrayList<>(List.of(queryField));
        SEARCH_FIELDS.stream().filter(f -> !f.equals("query")).sorted().forEach(all::add);
        other.stream().sorted().forEach(all::add);
        return all;
    }

    static Filter filter(JsonNode f) {
        if (f == null || f.isNull()) return Filter.NONE;
        if (!f.isObject()) throw GantryException.invalid("filter", "filter must be an object such as {\"lang\": \"en\", \"year\": {\"gte\": 2020}}");
        List<Filter.Condition> conditions = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = f.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isValueNode()) conditions.add(condition(e.getKey(), "eq", e.getValue()));
            else if (e.getValue().isObject()) e.getValue().fields().forEachRemaining(op -> conditions.add(condition(e.getKey(), op.getKey(), op.getValue())));
            else throw GantryException.invalid("filter." + e.getKey(), "filter on '" + e.getKey() + "' must be a value or an object of operators (eq, ne, in, gt, gte, lt, lte)");
        }
        return new Filter(conditions);
    }

    private static Filter.Condition condition(String field, String op, JsonNode value) {
        Filter.Op parsed;
        try {
            parsed = Filter.Op.valueOf(op.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw GantryException.invalid("filter." + field, "operator '" + op + "' on '" + field + "' is not one of eq, ne, in, gt, gte, lt, lte");
        }
        List<String> values = new ArrayList<>();
        if (parsed == Filter.Op.IN) {
            if (!value.isArray() || value.isEmpty()) throw GantryException.invalid("filter." + field, "'in' on '" + field + "' needs a non-empty array of values");
            value.forEach(v -> values.add(scalar(field, v)));
        } else {
            values.add(scalar(field, value));
        }
        return new Filter.Condition(field, parsed, values);
    }

    private static String scalar(String field, JsonNode v) {
        if (!v.isValueNode() || v.isNull()) throw GantryException.invalid("filter." + field, "the value for '" + field + "' must be text, a number or a boolean");
        return v.asText();
    }

    private static double number(JsonNode b, String field) {
        if (!b.get(field).isNumber()) throw GantryException.invalid(field, "'" + field + "' must be a number, got " + b.get(field));
        return b.get(field).asDouble();
    }

    static boolean bool(JsonNode b, String field) {
        if (!b.get(field).isBoolean()) throw GantryException.invalid(field, "'" + field + "' must be true or false, got " + b.get(field));
        return b.get(field).asBoolean();
    }

    public static ObjectNode result(String collection, SearchRequest request, SearchResult result) {
        ObjectNode o = RagRoute.object().put("object", "rag.search_result").put("collection", collection)
                .put("query", request.query()).put("mode", request.mode().wire());
        ArrayNode hits = o.putArray("hits");
        for (SearchHit h : result.hits()) hits.add(hit(h));
        o.set("timings_us", timings(result.timings()));
        return o;
    }

    private static ObjectNode hit(SearchHit h) {
        ObjectNode o = RagRoute.object().put("rank", h.rank()).put("score", h.score()).put("text", h.chunk().text());
        o.set("citation", citation(h.citation()));
        o.set("metadata", RagJson.metadata(h.chunk().metadata()));
        return o;
    }

    static ObjectNode citation(Citation c) {
        ObjectNode o = RagRoute.object().put("document_id", c.documentId()).put("chunk_id", c.chunkId())
                .put("ordinal", c.ordinal()).put("start_offset", c.startOffset()).put("end_offset", c.endOffset())
                .put("title", c.title()).put("source", c.source());
        ArrayNode path = o.putArray("heading_path");
        c.headingPath().forEach(path::add);
        return o;
    }

    public static ArrayNode sources(List<Source> sources) {
        ArrayNode a = RagRoute.JSON.createArrayNode();
        for (Source s : sources) {
            ObjectNode o = RagRoute.object().put("number", s.number()).put("text", s.text());
            o.set("citation", citation(s.citation()));
            ArrayNode ids = o.putArray("chunk_ids");
            s.chunkIds().forEach(ids::add);
            a.add(o);
        }
        return a;
    }

    private static ObjectNode timings(StageTimings t) {
        return RagRoute.object().put("embed", t.embedMicros()).put("text", t.textMicros()).put("vector", t.vectorMicros())
                .put("fuse", t.fuseMicros()).put("rerank", t.rerankMicros()).put("mmr", t.mmrMicros())
                .put("citations", t.citationMicros()).put("total", t.totalMicros());
    }
}
