package dev.gantry.local;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.gantry.core.cache.CachedAnswer;
import dev.gantry.core.cache.SemanticCache;
import dev.gantry.core.cache.SemanticMatch;
import java.time.Duration;
import java.util.Optional;

/**
 * The in-process {@link SemanticCache}: Caffeine bounded by an estimate of memory, one immutable {@link ScopeEntries}
 * per scope, searched by an exact scan. Scopes are small (one conversation prefix and parameter set each), and an
 * exact scan of a few thousand 384-d vectors costs well under a millisecond, without an index to build or refresh
 * (measured: docs/benchmarks.md; why not HNSW: docs/decisions.md 16). A put copies its scope's array, which is
 * cheap next to the model call it follows.
 */
public final class InMemorySemanticCache implements SemanticCache {
    /** Default bound on answers per scope: the oldest go first beyond it, so one scope's scan stays short. */
    public static final int DEFAULT_MAX_PER_SCOPE = 2048;

    private final Cache<String, ScopeEntries> scopes;
    private final int maxPerScope;

    /** @param maxBytes rough memory bound over all scopes (answers weighed by their text, vectors by their floats) */
    public InMemorySemanticCache(long maxBytes, int maxPerScope) {
        if (maxPerScope < 1) throw new IllegalArgumentException("maxPerScope must be at least 1");
        this.maxPerScope = maxPerScope;
        this.scopes = Caffeine.newBuilder().maximumWeight(maxBytes).executor(Runnable::run)
                .weigher((String k, ScopeEntries s) -> k.length() + s.weight())
                .expireAfter(new Expiry<String, ScopeEntries>() {
                    @Override
                    public long expireAfterCreate(String key, ScopeEntries s, long now) {
                        return s.nanosToLastExpiry(System.nanoTime());
                    }

                    @Override
                    public long expireAfterUpdate(String key, ScopeEntries s, long now, long current) {
                        return s.nanosToLastExpiry(System.nanoTime());
                    }

                    @Override
                    public long expireAfterRead(String key, ScopeEntries s, long now, long current) {
                        return current;
                    }
                }).build();
    }

    public InMemorySemanticCache(long maxBytes) {
        this(maxBytes, DEFAULT_MAX_PER_SCOPE);
    }

    @Override
    public Optional<SemanticMatch> find(String scope, float[] vector, double minSimilarity) {
        ScopeEntries s = scopes.getIfPresent(scope);
        return s == null ? Optional.empty() : Optional.ofNullable(s.best(vector, minSimilarity, System.nanoTime()));
    }

    @Override
    public void put(String scope, float[] vector, String text, CachedAnswer answer, Duration ttl) {
        if (ttl.isZero() || ttl.isNegative()) return;
        long now = System.nanoTime();
        ScopeEntries.Entry e = new ScopeEntries.Entry(vector.clone(), text, answer, now + ttl.toNanos());
        scopes.asMap().compute(scope, (k, old) -> (old == null ? ScopeEntries.EMPTY : old).with(e, now, maxPerScope));
    }
}
