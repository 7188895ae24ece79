package dev.gantry.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.cache.SemanticCache;
import dev.gantry.testkit.cache.ResponseCacheContract;
import dev.gantry.testkit.cache.SemanticCacheContract;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemorySemanticCacheTest extends SemanticCacheContract {
    private static final Duration TTL = Duration.ofMinutes(5);

    @Override
    protected SemanticCache cache() {
        return new InMemorySemanticCache(10_000_000);
    }

    @Test
    void should_drop_the_oldest_answers_of_a_scope_beyond_its_bound() {
        InMemorySemanticCache c = new InMemorySemanticCache(10_000_000, 2);
        c.put("s", at(0), "q", ResponseCacheContract.answer("oldest"), TTL);
        c.put("s", at(60), "q", ResponseCacheContract.answer("middle"), TTL);
        c.put("s", at(120), "q", ResponseCacheContract.answer("newest"), TTL);
        assertThat(c.find("s", at(0), 0.99)).isEmpty();
        assertThat(c.find("s", at(60), 0.99)).isPresent();
        assertThat(c.find("s", at(120), 0.99)).isPresent();
    }

    @Test
    void should_stay_within_its_memory_bound() {
        InMemorySemanticCache small = new InMemorySemanticCache(20_000);
        for (int i = 0; i < 1_000; i++) small.put("s" + i, at(0), "q", ResponseCacheContract.answer("x".repeat(500)), TTL);
        long kept = java.util.stream.IntStream.range(0, 1_000).filter(i -> small.find("s" + i, at(0), 0.5).isPresent()).count();
        assertThat(kept).isLessThan(100);
    }

    @Test
    void should_compute_the_dot_product_of_any_length() {
        float[] a = {1, 2, 3, 4, 5};
        float[] b = {5, 4, 3, 2, 1};
        assertThat(ScopeEntries.dot(a, b)).isEqualTo(35.0);
    }
}
