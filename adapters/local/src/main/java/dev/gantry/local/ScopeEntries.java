package dev.gantry.local;

import dev.gantry.core.cache.CachedAnswer;
import dev.gantry.core.cache.SemanticMatch;
import java.util.ArrayList;
import java.util.List;

/** One scope's answers, oldest first; immutable, so a scan never sees a put half done. */
final class ScopeEntries {
    static final ScopeEntries EMPTY = new ScopeEntries(new Entry[0]);

    record Entry(float[] vector, String text, CachedAnswer answer, long expiresAtNanos) {
    }

    private final Entry[] entries;

    private ScopeEntries(Entry[] entries) {
        this.entries = entries;
    }

    /** The most similar live entry at or above {@code min}, or null. */
    SemanticMatch best(float[] query, double min, long now) {
        Entry best = null;
        double bestScore = min;
        for (Entry e : entries) {
            if (e.expiresAtNanos - now <= 0 || e.vector.length != query.length) continue;
            double score = dot(e.vector, query);
            if (score >= bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best == null ? null : new SemanticMatch(best.text, best.answer, bestScore);
    }

    /** A copy with {@code added} last, without expired entries and without the oldest beyond {@code max}. */
    ScopeEntries with(Entry added, long now, int max) {
        List<Entry> kept = new ArrayList<>(Math.min(entries.length + 1, max));
        int skip = Math.max(0, entries.length + 1 - max);
        for (int i = skip; i < entries.length; i++) {
            if (entries[i].expiresAtNanos - now > 0) kept.add(entries[i]);
        }
        kept.add(added);
        return new ScopeEntries(kept.toArray(Entry[]::new));
    }

    long nanosToLastExpiry(long now) {
        long last = now;
        for (Entry e : entries) if (e.expiresAtNanos - last > 0) last = e.expiresAtNanos;
        return Math.max(1, last - now);
    }

    int weight() {
        int w = 64;
        for (Entry e : entries) w += 48 + 4 * e.vector.length + 2 * e.text.length() + e.answer.weight();
        return w;
    }

    /** Four running sums let the JIT keep several multiply-adds in flight. */
    static double dot(float[] a, float[] b) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (int n = a.length - 3; i < n; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) s0 += a[i] * b[i];
        return s0 + s1 + s2 + s3;
    }
}
