package dev.gantry.knowledge.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.knowledge.AtomType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads and checks an extraction answer. The gateway already holds it to the schema; this checks what a schema
 * cannot: that every cited id is one of the batch's messages. Problems are collected and fed back to the model.
 */
final class ExtractionParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractionParser() {
    }

    /** The parsed extraction, or the problems (at least one) that make the answer unusable. */
    record Parsed(Extraction extraction, List<String> problems) {
    }

    static Parsed parse(String answer, Set<Long> batchIds) {
        List<String> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = answer == null ? null : JSON.readTree(stripFence(answer));
        } catch (IOException e) {
            return new Parsed(null, List.of("the answer is not valid JSON (" + firstLine(e.getMessage()) + ")"));
        }
        if (root == null || !root.isObject()) return new Parsed(null, List.of("the answer is not a JSON object"));
        if (!root.path("topics").isArray()) problems.add("'topics' must be an array");
        if (!root.path("atoms").isArray()) problems.add("'atoms' must be an array");
        if (!problems.isEmpty()) return new Parsed(null, problems);
        List<Extraction.ExtractedTopic> topics = new ArrayList<>();
        for (JsonNode t : root.get("topics")) {
            if (text(t, "name").isBlank()) problems.add("a topic has no name");
            else topics.add(new Extraction.ExtractedTopic(text(t, "name").trim(), text(t, "summary").trim()));
        }
        List<Extraction.ExtractedAtom> atoms = new ArrayList<>();
        for (int i = 0; i < root.get("atoms").size(); i++) {
            Extraction.ExtractedAtom a = atom(root.get("atoms").get(i), i, batchIds, problems);
            if (a != null) atoms.add(a);
        }
        return problems.isEmpty() ? new Parsed(new Extraction(topics, atoms), List.of()) : new Parsed(null, problems);
    }

    private static Extraction.ExtractedAtom atom(JsonNode a, int i, Set<Long> batchIds, List<String> problems) {
        String where = "atoms[" + i + "]";
        AtomType type;
        try {
            type = AtomType.parse(text(a, "type"));
        } catch (IllegalArgumentException e) {
            problems.add(where + ".type: " + e.getMessage());
            return null;
        }
        if (text(a, "title").isBlank()) problems.add(where + ".title is empty");
        List<Long> ids = new ArrayList<>();
        for (JsonNode id : a.path("source_ids")) {
            if (!id.canConvertToLong() || !batchIds.contains(id.asLong())) {
                problems.add(where + ".source_ids: " + id + " is not the id of a message in this batch " + batchIds);
            } else {
                ids.add(id.asLong());
            }
        }
        if (ids.isEmpty() && !a.path("source_ids").isEmpty()) return null;
        if (ids.isEmpty()) problems.add(where + ".source_ids is empty; cite the messages the atom comes from");
        String topic = text(a, "topic").isBlank() ? "General" : text(a, "topic").trim();
        return new Extraction.ExtractedAtom(type, topic, text(a, "title").trim(), text(a, "body").trim(), ids);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    /** Some models wrap JSON in a Markdown fence even when asked not to. */
    private static String stripFence(String s) {
        String t = s.strip();
        if (!t.startsWith("```")) return t;
        int start = t.indexOf('\n');
        int end = t.lastIndexOf("```");
        return start > 0 && end > start ? t.substring(start + 1, end) : t;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
