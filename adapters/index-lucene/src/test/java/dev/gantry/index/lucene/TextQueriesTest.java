package dev.gantry.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;

class TextQueriesTest {
    private final Analyzer analyzer = TextQueries.analyzer();

    @Test
    void should_stem_lowercase_and_drop_stop_words() {
        assertThat(TextQueries.of(analyzer, "The Running of the Networks").toString())
                .isEqualTo("bm25:run bm25:network");
    }

    @Test
    void should_boost_a_term_by_how_often_the_query_repeats_it() {
        assertThat(TextQueries.of(analyzer, "cat cats dog").toString()).isEqualTo("(bm25:cat)^2.0 bm25:dog");
    }

    @Test
    void should_treat_query_syntax_as_plain_words() {
        // UAX#29 keeps "title:alpha" one word (a colon between letters joins them), as it did when indexing
        assertThat(TextQueries.of(analyzer, "title:alpha AND (beta* OR \"gamma").toString())
                .isEqualTo("bm25:title:alpha bm25:beta bm25:gamma");
    }

    @Test
    void should_return_null_when_nothing_is_left_to_search() {
        assertThat(TextQueries.of(analyzer, null)).isNull();
        assertThat(TextQueries.of(analyzer, "  ")).isNull();
        assertThat(TextQueries.of(analyzer, "the and of !!!")).isNull();
    }

    @Test
    void should_stay_within_half_of_the_clause_limit() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3000; i++) text.append("w").append(i).append(' ');

        BooleanQuery q = (BooleanQuery) TextQueries.of(analyzer, text.toString());

        assertThat(q.clauses()).hasSize(IndexSearcher.getMaxClauseCount() / 2);
    }
}
