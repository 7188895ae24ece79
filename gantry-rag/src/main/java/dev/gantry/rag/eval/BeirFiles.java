package dev.gantry.rag.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.error.GantryException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the BEIR benchmark formats: {@code corpus.jsonl} ({@code _id}, {@code title}, {@code text},
 * {@code metadata}), {@code queries.jsonl} ({@code _id}, {@code text}) and qrels TSV files with the header
 * {@code query-id corpus-id score}. A bad line fails with the file, the line number, what is wrong and what is
 * expected. The corpus can be streamed, since BEIR corpora reach millions of documents.
 */
public final class BeirFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> QRELS_HEADER = List.of("query-id", "corpus-id", "score");

    private BeirFiles() {
    }

    /** Calls {@code each} for every document of the corpus, in file order, without holding them all. */
    public static void forEachDocument(Path corpus, Consumer<BeirDocument> each) {
        forEachLine(corpus, (line, number) -> each.accept(document(parse(corpus, number, line), corpus, number)));
    }

    public static List<BeirDocument> readCorpus(Path corpus) {
        List<BeirDocument> docs = new ArrayList<>();
        forEachDocument(corpus, docs::add);
        return docs;
    }

    public static List<BeirQuery> readQueries(Path queries) {
        List<BeirQuery> out = new ArrayList<>();
        forEachLine(queries, (line, number) -> {
            JsonNode node = parse(queries, number, line);
            out.add(new BeirQuery(requiredText(node, "_id", queries, number), requiredText(node, "text", queries, number)));
        });
        return out;
    }

    public static Qrels readQrels(Path tsv) {
        Qrels qrels = new Qrels();
        forEachLine(tsv, (line, number) -> {
            String[] cols = line.strip().split("\\s+");
            if (number == 1) {
                requireHeader(tsv, cols);
            } else {
                requireColumns(tsv, number, cols);
                qrels.add(cols[0], cols[1], grade(tsv, number, cols[2]));
            }
        });
        return qrels;
    }

    private static BeirDocument document(JsonNode node, Path file, int line) {
        return new BeirDocument(requiredText(node, "_id", file, line), optionalText(node, "title"),
                requiredText(node, "text", file, line), metadata(node.get("metadata")));
    }

    /** Scalars as their text, nested values as compact JSON: filters compare text. */
    private static Map<String, String> metadata(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null || !node.isObject()) return out;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            JsonNode v = e.getValue();
            if (v.isNull()) continue;
            out.put(e.getKey(), v.isValueNode() ? v.asText() : v.toString());
        }
        return out;
    }

    private static String requiredText(JsonNode node, String field, Path file, int line) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || !v.isValueNode()) {
            throw bad(file, line, "field '" + field + "' is " + (v == null || v.isNull() ? "missing" : "not text")
                    + "; every line needs a text " + field);
        }
        return v.asText();
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private static JsonNode parse(Path file, int line, String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node != null && node.isObject()) return node;
        } catch (JsonProcessingException e) {
            // reported below
        }
        throw bad(file, line, "is not a JSON object; each line of a .jsonl file must be one JSON object");
    }

    private static void requireHeader(Path file, String[] cols) {
        if (!List.of(cols).equals(QRELS_HEADER)) {
            throw bad(file, 1, "is not the qrels header; the first line must be 'query-id<TAB>corpus-id<TAB>score'");
        }
    }

    private static void requireColumns(Path file, int line, String[] cols) {
        if (cols.length != 3) {
            throw bad(file, line, "has " + cols.length + " columns; a qrels line is query-id, corpus-id and score, "
                    + "separated by tabs");
        }
    }

    private static int grade(Path file, int line, String score) {
        try {
            return Integer.parseInt(score);
        } catch (NumberFormatException e) {
            throw bad(file, line, "has score '" + score + "'; scores are whole numbers (0 = not relevant)");
        }
    }

    /** Feeds non-blank lines with their 1-based numbers. */
    private static void forEachLine(Path file, LineConsumer each) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (!line.isBlank()) each.accept(line, number);
            }
        } catch (CharacterCodingException e) {
            throw GantryException.invalid(null, "BEIR file " + file + " is not UTF-8 text; convert it to UTF-8");
        } catch (NoSuchFileException e) {
            throw GantryException.invalid(null, "BEIR file " + file + " does not exist; check the data set path");
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }

    private static GantryException bad(Path file, int line, String what) {
        return GantryException.invalid(null, file + ":" + line + " " + what);
    }

    @FunctionalInterface
    private interface LineConsumer {
        void accept(String line, int number);
    }
}
