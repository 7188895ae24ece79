package dev.gantry.server.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.gateway.cache.DetailCheck;
import dev.gantry.gateway.cache.QueryEmbedder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The labeled pairs of src/test/resources/cache/semantic-pairs.jsonl (written for this project): a paraphrase should
 * be served the other's answer, a near miss must not (its answer differs: another number, entity, negation, unit,
 * language or date). Half are marked "tune" (to pick a threshold), half "holdout" (to report on).
 */
record LabeledPairs(List<Pair> pairs) {
    /** @param sameDetails whether the gateway's {@link DetailCheck} lets the pair through */
    record Pair(String id, String a, String b, boolean paraphrase, String split, double similarity,
                boolean sameDetails) {
        boolean hitAt(double threshold, boolean checked) {
            return similarity >= threshold && (!checked || sameDetails);
        }
    }

    /** Hit rate on paraphrases and false-hit rate on near misses at one threshold. */
    record Rates(double threshold, int paraphrases, int hits, int nearMisses, int falseHits) {
        double hitRate() {
            return (double) hits / paraphrases;
        }

        double falseHitRate() {
            return (double) falseHits / nearMisses;
        }
    }

    /** Every pair with the cosine similarity of its two texts, each embedded on its own as requests are. */
    static LabeledPairs embedded(QueryEmbedder embedder) {
        Map<String, float[]> vectors = new HashMap<>();
        List<Pair> out = new ArrayList<>();
        for (JsonNode n : read()) {
            float[] a = vectors.computeIfAbsent(n.get("a").asText(), embedder::embed);
            float[] b = vectors.computeIfAbsent(n.get("b").asText(), embedder::embed);
            out.add(new Pair(n.get("id").asText(), n.get("a").asText(), n.get("b").asText(),
                    n.get("label").asText().equals("paraphrase"), n.get("split").asText(), dot(a, b),
                    DetailCheck.sameDetails(n.get("a").asText(), n.get("b").asText())));
        }
        return new LabeledPairs(out);
    }

    /** @param checked with the detail check after the threshold, as the gateway does */
    Rates at(double threshold, String split, boolean checked) {
        int p = 0, hits = 0, n = 0, falseHits = 0;
        for (Pair pair : pairs) {
            if (!pair.split.equals(split)) continue;
            boolean hit = pair.hitAt(threshold, checked);
            if (pair.paraphrase) {
                p++;
                if (hit) hits++;
            } else {
                n++;
                if (hit) falseHits++;
            }
        }
        return new Rates(threshold, p, hits, n, falseHits);
    }

    /** The lowest threshold on a 0.005 grid with at most {@code maxFalseHitRate} false hits on {@code split}. */
    double lowestThreshold(String split, double maxFalseHitRate, boolean checked) {
        for (int t = 700; t <= 1000; t += 5) {
            if (at(t / 1000.0, split, checked).falseHitRate() <= maxFalseHitRate) return t / 1000.0;
        }
        return 1.0;
    }

    private static List<JsonNode> read() {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> nodes = new ArrayList<>();
        try (var in = LabeledPairs.class.getResourceAsStream("/cache/semantic-pairs.jsonl");
             var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) nodes.add(json.readTree(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return nodes;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
