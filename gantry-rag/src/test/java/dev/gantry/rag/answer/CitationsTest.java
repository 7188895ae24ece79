package dev.gantry.rag.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.rag.retrieve.Citation;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationsTest {
    private static final List<Source> SOURCES = List.of(source(1), source(2), source(3));

    @Test
    void findsSingleAdjacentAndListedMarkersInOrderOfFirstMention() {
        assertThat(numbers("See [3]. Also [1][2], and again [3, 1].")).containsExactly(3, 1, 2);
        assertThat(numbers("Both agree [2, 3].")).containsExactly(2, 3);
    }

    @Test
    void ignoresNumbersWithoutASourceAndOtherBrackets() {
        assertThat(numbers("Nothing [4], [0], [a], [1-2] or [ 1 ] here.")).isEmpty();
        assertThat(numbers(null)).isEmpty();
        assertThat(Citations.referenced("[1]", List.of())).isEmpty();
    }

    private static List<Integer> numbers(String text) {
        return Citations.referenced(text, SOURCES).stream().map(Source::number).toList();
    }

    private static Source source(int n) {
        return new Source(n, new Citation("d" + n, "d" + n + "#0", 0, 0, 1, List.of(), null, null), "t", List.of());
    }
}
