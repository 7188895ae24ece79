package dev.gantry.guard.pii;

import java.util.HashMap;
import java.util.Map;

/** Shannon entropy in bits per character, a cheap measure of how random a token looks. */
final class Entropy {
    private Entropy() {}

    static double shannon(String s) {
        if (s.isEmpty()) return 0;
        Map<Character, Integer> counts = new HashMap<>();
        for (int i = 0; i < s.length(); i++) counts.merge(s.charAt(i), 1, Integer::sum);
        double bits = 0;
        for (int count : counts.values()) {
            double p = (double) count / s.length();
            bits -= p * (Math.log(p) / Math.log(2));
        }
        return bits;
    }
}
