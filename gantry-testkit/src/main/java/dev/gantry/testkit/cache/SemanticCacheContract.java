package dev.gantry.testkit.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.cache.SemanticCache;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What every {@link SemanticCache} adapter must do. Subclass and return a fresh, empty cache. */
public abstract class SemanticCacheContract {
    private static final Duration TTL = Duration.ofMinutes(5);

    protected abstract SemanticCache cache();

    /** A unit vector at {@code degrees} from the first axis in the plane of the first two (cosine to it = cos). */
    protected static float[] at(double degrees) {
        float[] v = new float[8];
        v[0] = (float) Math.cos(Math.toRadians(degrees));
        v[1] = (float) Math.sin(Math.toRadians(degrees));
        return v;
    }

    @Test
    void should_return_the_most_similar_answer_above_the_threshold_with_its_similarity() {
        SemanticCache c = cache();
        c.put("s", at(0), "q", ResponseCacheContract.answer("zero"), TTL);
        c.put("s", at(40), "q", ResponseCacheContract.answer("forty"), TTL);
        assertThat(c.find("s", at(30), 0.5)).hasValueSatisfying(m -> {
            assertThat(m.answer().response().message().text()).isEqualTo("forty");
            assertThat(m.text()).isEqualTo("q");
            assertThat(m.similarity()).isCloseTo(Math.cos(Math.toRadians(10)), org.assertj.core.data.Offset.offset(1e-5));
        });
    }

    @Test
    void should_find_nothing_below_the_threshold() {
        SemanticCache c = cache();
        c.put("s", at(0), "q", ResponseCacheContract.answer("zero"), TTL);
        assertThat(c.find("s", at(30), 0.9)).isEmpty(); // cos 30 deg = 0.866
        assertThat(c.find("s", at(20), 0.9)).isPresent(); // cos 20 deg = 0.940
    }

    @Test
    void should_never_answer_across_scopes() {
        SemanticCache c = cache();
        c.put("tenant-a", at(0), "q", ResponseCacheContract.answer("a's"), TTL);
        assertThat(c.find("tenant-b", at(0), 0.5)).isEmpty();
        assertThat(c.find("tenant-a", at(0), 0.5)).isPresent();
    }

    @Test
    void should_forget_an_entry_after_its_ttl() throws InterruptedException {
        SemanticCache c = cache();
        c.put("short", at(0), "q", ResponseCacheContract.answer("x"), Duration.ofMillis(50));
        c.put("zero", at(0), "q", ResponseCacheContract.answer("x"), Duration.ZERO);
        Thread.sleep(200);
        assertThat(c.find("short", at(0), 0.5)).isEmpty();
        assertThat(c.find("zero", at(0), 0.5)).isEmpty();
    }

    @Test
    void should_not_be_changed_by_a_caller_reusing_its_vector() {
        SemanticCache c = cache();
        float[] v = at(0);
        c.put("s", v, "q", ResponseCacheContract.answer("x"), TTL);
        v[0] = 0;
        v[1] = 1;
        assertThat(c.find("s", at(0), 0.99)).isPresent();
    }
}
