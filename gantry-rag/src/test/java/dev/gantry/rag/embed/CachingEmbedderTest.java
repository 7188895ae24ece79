package dev.gantry.rag.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CachingEmbedderTest {
    /** Counts what reaches the model: the cache's whole point is what does not. */
    static final class CountingEmbedder implements Embedder {
        final List<String> seen = new ArrayList<>();

        public String model() {
            return "count";
        }

        public int dimensions() {
            return 2;
        }

        public List<float[]> embedDocuments(List<String> texts) {
            seen.addAll(texts);
            return texts.stream().map(t -> new float[] {t.length(), 1}).toList();
        }

        final List<String> queried = new ArrayList<>();

        public float[] embedQuery(String text) {
            queried.add(text);
            return new float[] {0, 1};
        }
    }

    @Test
    void should_embed_each_distinct_text_once_and_keep_the_order() {
        CountingEmbedder inner = new CountingEmbedder();
        CachingEmbedder cache = new CachingEmbedder(inner, 100);

        cache.embedDocuments(List.of("aa", "b"));
        List<float[]> out = cache.embedDocuments(List.of("b", "ccc", "aa"));

        assertThat(inner.seen).containsExactly("aa", "b", "ccc");
        assertThat(out).extracting(v -> v[0]).containsExactly(1f, 3f, 2f);
    }

    @Test
    void should_use_vectors_remembered_from_the_index() {
        CountingEmbedder inner = new CountingEmbedder();
        CachingEmbedder cache = new CachingEmbedder(inner, 100);
        cache.remember(Map.of(TextHash.of("stored"), new float[] {9, 9}));

        assertThat(cache.embedDocuments(List.of("stored")).get(0)).containsExactly(9, 9);
        assertThat(inner.seen).isEmpty();
    }

    @Test
    void should_hash_parts_with_a_separator() {
        assertThat(TextHash.of("ab", "c")).isNotEqualTo(TextHash.of("a", "bc")).hasSize(64);
    }

    @Test
    void should_embed_a_repeated_query_once_and_never_hand_out_the_cached_array() {
        CountingEmbedder inner = new CountingEmbedder();
        CachingEmbedder cached = new CachingEmbedder(inner, 100);

        float[] first = cached.embedQuery("what is rust?");
        first[0] = 42;
        float[] second = cached.embedQuery("what is rust?");
        cached.embedDocuments(List.of("what is rust?"));

        assertThat(inner.queried).containsExactly("what is rust?");
        assertThat(second).containsExactly(0, 1);
        assertThat(inner.seen).as("a query vector is not a document vector").containsExactly("what is rust?");
    }
}
