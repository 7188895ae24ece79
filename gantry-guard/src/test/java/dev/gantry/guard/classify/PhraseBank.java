package dev.gantry.guard.classify;

import java.util.List;
import java.util.Random;

/** Seeded picking from phrase lists, shared by the exemplar generators so that regeneration is reproducible. */
public final class PhraseBank {
    private final Random random;

    public PhraseBank(long seed) {
        this.random = new Random(seed);
    }

    public <T> T pick(List<T> phrases) {
        return phrases.get(random.nextInt(phrases.size()));
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** Fills {@code {}} placeholders in order with the given values. */
    public static String fill(String template, String... values) {
        String out = template;
        for (String v : values) out = out.replaceFirst("\\{}", java.util.regex.Matcher.quoteReplacement(v));
        return out;
    }
}
