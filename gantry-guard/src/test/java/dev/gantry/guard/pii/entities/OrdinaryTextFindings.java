package dev.gantry.guard.pii.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.guard.Finding;
import dev.gantry.guard.pii.PiiDetector;
import dev.gantry.guard.pii.PiiTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts what the PII detector reports on ordinary texts (JSON lines with a {@code text} field: the guard dev sets,
 * SciFact abstracts), per type, to weigh false positives. Args: file.jsonl... Prints counts and, with
 * {@code -Dshow=true}, each finding's text; {@code -Dentities=true} selects the entity types too.
 */
public final class OrdinaryTextFindings {
    public static void main(String[] args) throws IOException {
        PiiDetector detector = Boolean.getBoolean("entities") ? new PiiDetector(PiiTypes.ALL) : new PiiDetector();
        ObjectMapper json = new ObjectMapper();
        boolean show = Boolean.getBoolean("show");
        for (String file : args) {
            Map<String, Integer> counts = new TreeMap<>();
            int texts = 0;
            int withFinding = 0;
            for (String line : Files.readAllLines(Path.of(file))) {
                JsonNode node = json.readTree(line);
                String text = node.path("text").asText("");
                texts++;
                var findings = detector.scan(text);
                if (!findings.isEmpty()) withFinding++;
                for (Finding f : findings) {
                    counts.merge(f.type(), 1, Integer::sum);
                    if (show) System.out.println(f.type() + "\t" + text.substring(f.start(), f.end()));
                }
            }
            System.out.printf("%s: %d texts, %d with findings, %s%n", file, texts, withFinding, counts);
        }
    }
}
