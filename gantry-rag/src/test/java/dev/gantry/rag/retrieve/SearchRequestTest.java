package dev.gantry.rag.retrieve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.Filter;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SearchRequestTest {

    @Test
    void defaults() {
        SearchRequest r = SearchRequest.of("what is rag");
        assertThat(r.mode()).isEqualTo(SearchMode.HYBRID);
        assertThat(r.topK()).isEqualTo(10);
        assertThat(r.filter()).isEqualTo(Filter.NONE);
        assertThat(r.textWeight()).isEqualTo(1.0);
        assertThat(r.vectorWeight()).isEqualTo(1.0);
        assertThat(r.candidates()).isEqualTo(50);
        assertThat(r.mmrLambda()).isNull();
        assertThat(r.rerank()).isFalse();
    }

    @Test
    void candidatesFollowTopKUnlessSet() {
        assertThat(SearchRequest.builder("q").topK(20).build().candidates()).isEqualTo(80);
        assertThat(SearchRequest.builder("q").topK(1000).build().candidates()).isEqualTo(4000);
        assertThat(SearchRequest.builder("q").topK(20).candidates(20).build().candidates()).isEqualTo(20);
    }

    @Test
    void blankQueryIsRefused() {
        assertInvalid(() -> SearchRequest.of("  "), "query").hasMessageContaining("blank");
        assertInvalid(() -> SearchRequest.of(null), "query");
        assertInvalid(() -> SearchRequest.of("x".repeat(SearchRequest.MAX_QUERY_CHARS + 1)), "query")
                .hasMessageContaining("8193 characters");
    }

    @Test
    void topKMustBeInRange() {
        assertInvalid(() -> SearchRequest.builder("q").topK(0).build(), "top_k").hasMessageContaining("1 to 1000");
        assertInvalid(() -> SearchRequest.builder("q").topK(1001).build(), "top_k").hasMessageContaining("1001");
    }

    @Test
    void weightsMustBeFiniteNonNegativeAndNotBothZero() {
        assertInvalid(() -> SearchRequest.builder("q").textWeight(-1).build(), "text_weight");
        assertInvalid(() -> SearchRequest.builder("q").vectorWeight(Double.NaN).build(), "vector_weight");
        assertInvalid(() -> SearchRequest.builder("q").vectorWeight(Double.POSITIVE_INFINITY).build(), "vector_weight");
        assertInvalid(() -> SearchRequest.builder("q").textWeight(0).vectorWeight(0).build(), "text_weight")
                .hasMessageContaining("both 0");
    }

    @Test
    void candidatesMustCoverTopK() {
        assertInvalid(() -> SearchRequest.builder("q").topK(20).candidates(10).build(), "candidates")
                .hasMessageContaining("top_k (20)");
        assertInvalid(() -> SearchRequest.builder("q").candidates(SearchRequest.MAX_CANDIDATES + 1).build(),
                "candidates");
    }

    @Test
    void lambdaMustBeBetweenZeroAndOne() {
        assertInvalid(() -> SearchRequest.builder("q").mmrLambda(1.5).build(), "mmr_lambda");
        assertInvalid(() -> SearchRequest.builder("q").mmrLambda(-0.1).build(), "mmr_lambda");
        assertInvalid(() -> SearchRequest.builder("q").mmrLambda(Double.NaN).build(), "mmr_lambda");
        assertThat(SearchRequest.builder("q").mmrLambda(0.0).build().mmrLambda()).isZero();
    }

    @Test
    void modeParsesTheApiNames() {
        assertThat(SearchMode.parse("BM25")).isEqualTo(SearchMode.BM25);
        assertThat(SearchMode.parse(" dense ")).isEqualTo(SearchMode.DENSE);
        assertThat(SearchMode.parse(null)).isEqualTo(SearchMode.HYBRID);
        assertInvalid(() -> SearchMode.parse("semantic"), "mode").hasMessageContaining("bm25, dense, hybrid");
    }

    static AbstractThrowableAssert<?, ? extends Throwable> assertInvalid(Executable call, String param) {
        return assertThatThrownBy(call::execute)
                .isInstanceOfSatisfying(GantryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
                    assertThat(e.param()).isEqualTo(param);
                });
    }
}
