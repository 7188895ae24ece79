package dev.gantry.rag.retrieve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.rag.Chunk;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceScreenTest {
    private static SearchHit hit(int rank, String text) {
        Chunk c = new Chunk("d" + rank + "#0", "d" + rank, 0, text, 0, text.length(), List.of(), 3, Map.of());
        return new SearchHit(rank, c, 1.0 / rank, null);
    }

    private static final SearchResult RESULT = new SearchResult(List.of(hit(1, "a"), hit(2, "b"), hit(3, "c")), null);

    @Test
    void should_drop_left_out_passages_rank_the_rest_again_and_use_the_screened_text() {
        SearchResult r = ((SourceScreen) p -> java.util.Arrays.asList("a", null, "[REDACTED]")).apply(RESULT);
        assertThat(r.hits()).extracting(SearchHit::rank).containsExactly(1, 2);
        assertThat(r.hits()).extracting(h -> h.chunk().documentId()).containsExactly("d1", "d3");
        assertThat(r.hits().get(0).chunk()).isSameAs(RESULT.hits().get(0).chunk());
        assertThat(r.hits().get(1).chunk().text()).isEqualTo("[REDACTED]");
        assertThat(r.hits().get(1).score()).isEqualTo(1.0 / 3);
    }

    @Test
    void should_refuse_a_screen_that_does_not_answer_once_per_passage() {
        assertThatThrownBy(() -> ((SourceScreen) p -> List.of("a")).apply(RESULT)).isInstanceOf(IllegalStateException.class);
        assertThat(SourceScreen.NONE.apply(RESULT)).isSameAs(RESULT);
    }
}
