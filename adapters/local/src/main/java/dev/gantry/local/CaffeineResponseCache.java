package dev.gantry.local;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.gantry.core.cache.CachedAnswer;
import dev.gantry.core.cache.ResponseCache;
import java.time.Duration;
import java.util.Optional;

/**
 * The in-process {@link ResponseCache}: Caffeine bounded by an estimate of memory (W-TinyLFU eviction keeps what
 * is asked for often), each entry expiring after the TTL it was put with.
 */
public final class CaffeineResponseCache implements ResponseCache {
    private final Cache<String, Entry> cache;

    /** @param maxBytes rough memory bound; answers are weighed by their text */
    public CaffeineResponseCache(long maxBytes) {
        this.cache = Caffeine.newBuilder().maximumWeight(maxBytes).executor(Runnable::run) // evict at once, not later on a pool
                .weigher((String k, Entry e) -> k.length() + e.answer.weight())
                .expireAfter(new Expiry<String, Entry>() {
                    @Override
                    public long expireAfterCreate(String key, Entry e, long now) {
                        return e.ttl.toNanos();
                    }

                    @Override
                    public long expireAfterUpdate(String key, Entry e, long now, long current) {
                        return e.ttl.toNanos();
                    }

                    @Override
                    public long expireAfterRead(String key, Entry e, long now, long current) {
                        return current;
                    }
                }).build();
    }

    private record Entry(CachedAnswer answer, Duration ttl) {
    }

    @Override
    public Optional<CachedAnswer> get(String key) {
        Entry e = cache.getIfPresent(key);
        return e == null ? Optional.empty() : Optional.of(e.answer);
    }

    @Override
    public void put(String key, CachedAnswer answer, Duration ttl) {
        if (ttl.isZero() || ttl.isNegative()) return;
        cache.put(key, new Entry(answer, ttl));
    }
}
