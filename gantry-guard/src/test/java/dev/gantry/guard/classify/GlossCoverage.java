package dev.gantry.guard.classify;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Tuning aid: how many texts of labelled files the shipped gloss reads, by language found, with a few examples; to
 * check that a lexicon change glosses no English. {@code java -cp ... dev.gantry.guard.classify.GlossCoverage FILE...}
 */
public final class GlossCoverage {
    private GlossCoverage() {
    }

    public static void main(String[] args) throws Exception {
        int examples = Integer.getInteger("examples", 5);
        for (String file : args) {
            List<Exemplar> rows = Exemplars.fromFile(Path.of(file));
            Map<String, Integer> byLanguage = new TreeMap<>();
            int shown = 0;
            for (Exemplar e : rows) {
                Optional<EnglishGloss.Glossed> gloss = EnglishGloss.shipped().of(e.text());
                if (gloss.isEmpty()) continue;
                byLanguage.merge(gloss.get().languages(), 1, Integer::sum);
                if (shown++ < examples) System.out.printf("   [%s] %s%n      -> %s%n", gloss.get().languages(), e.text(), gloss.get().text());
            }
            System.out.printf("%s: %d of %d glossed %s%n", Path.of(file).getFileName(), byLanguage.values().stream().mapToInt(i -> i).sum(), rows.size(), byLanguage);
        }
    }
}
