package dev.gantry.guard.pii;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.guard.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Street addresses as a redaction sees them, on {@code guard/pii/addresses-heldout.jsonl} (written by someone who never
 * saw the recognizer; one gold span per whole address, which Presidio's labels are not): how many addresses the
 * findings cover (80% of their non-space characters, or any), and how many ordinary texts get a finding. Prints with
 * {@code main} (args: the file, {@code -Dshow=true} for each miss); the test holds floors.
 */
public final class AddressHeldOut {
    static final double COVERED = 0.8;

    /** The counts, per kind of text ("prose", "block", "ordinary"). */
    record Counts(int addresses, int covered, int touched, int ordinaryTexts, int ordinaryFlagged, int strayFindings) {}

    record Item(String text, List<int[]> addresses, String kind) {}

    public static void main(String[] args) {
        boolean show = Boolean.getBoolean("show");
        List<Item> items = read(Path.of(args[0]));
        for (String kind : List.of("prose", "block", "ordinary")) {
            Counts c = count(items.stream().filter(i -> i.kind().equals(kind)).toList(), Set.of(PiiTypes.STREET_ADDRESS), show);
            System.out.println(kind + ": " + c);
        }
        System.out.println("all: " + count(items, Set.of(PiiTypes.STREET_ADDRESS), false));
        System.out.println("with places too: " + count(items, Set.of(PiiTypes.STREET_ADDRESS, PiiTypes.LOCATION), false));
    }

    static Counts count(List<Item> items, Set<String> types, boolean show) {
        PiiDetector detector = new PiiDetector(types);
        int addresses = 0, covered = 0, touched = 0, ordinary = 0, flagged = 0, stray = 0;
        for (Item item : items) {
            List<Finding> found = detector.scan(item.text());
            boolean[] mask = new boolean[item.text().length()];
            for (Finding f : found) for (int c = f.start(); c < f.end(); c++) mask[c] = true;
            if (item.addresses().isEmpty()) {
                ordinary++;
                if (found.stream().anyMatch(f -> f.type().equals(PiiTypes.STREET_ADDRESS))) {
                    flagged++;
                    if (show) System.out.println("FLAGGED\t" + shown(item.text(), found));
                }
            }
            for (int[] gold : item.addresses()) {
                addresses++;
                double share = share(item.text(), mask, gold[0], gold[1]);
                if (share >= COVERED) covered++;
                if (share > 0) touched++;
                if (show && share < COVERED) System.out.println("MISSED " + Math.round(share * 100) + "%\t"
                        + AddressDiagnostics.show(item.text(), gold[0], gold[1]) + "\t found " + shown(item.text(), found));
            }
            for (Finding f : found) {
                boolean inGold = item.addresses().stream().anyMatch(g -> f.start() < g[1] && g[0] < f.end());
                if (!inGold && f.type().equals(PiiTypes.STREET_ADDRESS) && !item.addresses().isEmpty()) stray++;
            }
        }
        return new Counts(addresses, covered, touched, ordinary, flagged, stray);
    }

    private static double share(String text, boolean[] mask, int start, int end) {
        int chars = 0, hit = 0;
        for (int c = start; c < end; c++) {
            if (Character.isWhitespace(text.charAt(c))) continue;
            chars++;
            if (mask[c]) hit++;
        }
        return chars == 0 ? 0 : (double) hit / chars;
    }

    private static String shown(String text, List<Finding> found) {
        List<String> parts = new ArrayList<>();
        for (Finding f : found) parts.add(f.type() + ":" + text.substring(f.start(), f.end()).replace("\n", "\\n"));
        return parts.toString();
    }

    static List<Item> read(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<Item> items = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank()) continue;
                JsonNode node = json.readTree(line);
                List<int[]> spans = new ArrayList<>();
                node.path("addresses").forEach(a -> spans.add(new int[] {a.path("start").asInt(), a.path("end").asInt()}));
                items.add(new Item(node.path("text").asText(), spans, node.path("kind").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }
}
