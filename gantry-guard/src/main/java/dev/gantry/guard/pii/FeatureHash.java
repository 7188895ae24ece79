package dev.gantry.guard.pii;

/**
 * 64-bit hashes for the entity tagger's features: FNV-1a over chars (optionally lower-cased char by char, so no
 * lower-cased copy of a token is made) and a murmur3-style mix to combine a feature template with its values. Never
 * returns 0, which {@link FeatureTable} keeps for an empty slot.
 */
final class FeatureHash {
    static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private FeatureHash() {}

    /** FNV-1a of {@code s}, each char lower-cased with {@link Character#toLowerCase(char)}. */
    static long lower(CharSequence s) {
        long h = FNV_OFFSET;
        for (int i = 0; i < s.length(); i++) h = step(h, Character.toLowerCase(s.charAt(i)));
        return nonZero(h);
    }

    /** FNV-1a of {@code s} as it is (outcome labels). */
    static long exact(CharSequence s) {
        long h = FNV_OFFSET;
        for (int i = 0; i < s.length(); i++) h = step(h, s.charAt(i));
        return nonZero(h);
    }

    /** One FNV-1a step: for prefixes and suffixes built char by char. */
    static long step(long h, char c) {
        return (h ^ c) * FNV_PRIME;
    }

    /** Order-sensitive combination of two hashes (or a template id and a hash). */
    static long mix(long a, long b) {
        long h = a * 0x9E3779B97F4A7C15L + b;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return nonZero(h);
    }

    static long mix(long a, long b, long c) {
        return mix(mix(a, b), c);
    }

    private static long nonZero(long h) {
        return h == 0 ? 1 : h;
    }
}
