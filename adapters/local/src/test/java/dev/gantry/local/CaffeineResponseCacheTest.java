package dev.gantry.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.cache.ResponseCache;
import dev.gantry.testkit.cache.ResponseCacheContract;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CaffeineResponseCacheTest extends ResponseCacheContract {
    @Override
    protected ResponseCache cache() {
        return new CaffeineResponseCache(10_000_000);
    }

    @Test
    void should_stay_within_its_memory_bound() {
        CaffeineResponseCache small = new CaffeineResponseCache(20_000);
        for (int i = 0; i < 1_000; i++) small.put("k" + i, answer("x".repeat(500)), Duration.ofMinutes(5));
        long kept = java.util.stream.IntStream.range(0, 1_000).filter(i -> small.get("k" + i).isPresent()).count();
        assertThat(kept).isLessThan(100);
    }
}
