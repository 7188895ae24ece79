package dev.gantry.rerank.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Writes a dialect's request and reads its answer into (candidate index, score) pairs. */
final class RerankCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One scored candidate, by its position in the request. */
    record Scored(int index, double score) {
    }

    /** Why an answer could not be read; becomes MALFORMED_RESPONSE. */
    static final class UnreadableAnswer extends Exception {
        UnreadableAnswer(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private RerankCodec() {
    }

    static byte[] request(RerankDialect dialect, String model, String query, List<String> documents, int topN) {
        ObjectNode body = JSON.createObjectNode();
        switch (dialect) {
            case COHERE -> {
                if (model != null) body.put("model", model);
                body.put("query", query);
                strings(body.putArray("documents"), documents);
                body.put("top_n", topN);
            }
            case TEI -> {
                body.put("query", query);
                strings(body.putArray("texts"), documents);
                body.put("truncate", true); // a chunk longer than the model's window is scored on its start, not refused
            }
            case SCORE -> {
                if (model != null) body.put("model", model);
                body.put("text_1", query);
                strings(body.putArray("text_2"), documents);
            }
        }
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** @param candidates how many documents were sent: every index must point at one of them, once */
    static List<Scored> answer(RerankDialect dialect, byte[] body, int candidates) throws UnreadableAnswer {
        JsonNode root = parse(body);
        JsonNode items = switch (dialect) {
            case COHERE -> root.path("results");
            case TEI -> root;
            case SCORE -> root.path("data");
        };
        if (!items.isArray()) throw new UnreadableAnswer("has no " + listName(dialect) + " array", null);
        String scoreField = dialect == RerankDialect.COHERE ? "relevance_score" : "score";
        List<Scored> out = new ArrayList<>(items.size());
        boolean[] seen = new boolean[candidates];
        for (JsonNode item : items) {
            Scored s = scored(item, scoreField, candidates);
            if (seen[s.index()]) throw new UnreadableAnswer("scores document " + s.index() + " twice", null);
            seen[s.index()] = true;
            out.add(s);
        }
        return out;
    }

    private static Scored scored(JsonNode item, String scoreField, int candidates) throws UnreadableAnswer {
        JsonNode index = item.path("index");
        JsonNode score = item.path(scoreField);
        if (!index.canConvertToInt() || !index.isIntegralNumber() || !score.isNumber()) {
            throw new UnreadableAnswer("has an item without a whole 'index' and a numeric '" + scoreField + "'", null);
        }
        if (index.intValue() < 0 || index.intValue() >= candidates) {
            throw new UnreadableAnswer("scores document " + index.intValue() + " of the " + candidates + " sent", null);
        }
        if (!Double.isFinite(score.doubleValue())) throw new UnreadableAnswer("has a score that is not finite", null);
        return new Scored(index.intValue(), score.doubleValue());
    }

    private static JsonNode parse(byte[] body) throws UnreadableAnswer {
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || root.isMissingNode()) throw new UnreadableAnswer("is empty", null);
            return root;
        } catch (IOException e) {
            throw new UnreadableAnswer("is not JSON", e);
        }
    }

    private static String listName(RerankDialect dialect) {
        return switch (dialect) {
            case COHERE -> "'results'";
            case TEI -> "top-level";
            case SCORE -> "'data'";
        };
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
