package dev.gantry.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.Filter;
import dev.gantry.core.rag.Filter.Condition;
import dev.gantry.core.rag.Filter.Op;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilterQueriesTest {
    @Test
    void should_not_restrict_anything_for_an_empty_filter() {
        assertThat(FilterQueries.of(Filter.NONE)).isNull();
        assertThat(FilterQueries.of(null)).isNull();
    }

    @Test
    void should_match_text_on_the_keyword_field_and_ranges_on_the_numeric_field() {
        String q = FilterQueries.of(filter(new Condition("lang", Op.EQ, List.of("en")),
                new Condition("year", Op.GTE, List.of("2020")))).toString();

        assertThat(q).contains("meta.lang:en", "num.year:[2020.0 TO Infinity]").doesNotContain("kind:chunk");
    }

    @Test
    void should_use_a_single_condition_as_it_is() {
        assertThat(FilterQueries.of(filter(new Condition("lang", Op.EQ, List.of("en")))).toString())
                .isEqualTo("meta.lang:en");
    }

    @Test
    void should_restrict_a_filter_of_only_negations_to_chunks() {
        String q = FilterQueries.of(filter(new Condition("lang", Op.NE, List.of("en")))).toString();

        assertThat(q).isEqualTo("#kind:chunk -meta.lang:en");
    }

    @Test
    void should_exclude_the_bound_of_strict_ranges() {
        String q = FilterQueries.of(filter(new Condition("n", Op.LT, List.of("1")))).toString();

        assertThat(q).contains("num.n:[-Infinity TO 0.9999999999999999]");
    }

    @Test
    void should_name_field_value_and_rule_of_a_bad_condition() {
        assertThat(error(new Condition("year", Op.GT, List.of("soon")))).contains("'year'", "'soon'", "needs a number");
        assertThat(error(new Condition("lang", Op.EQ, List.of("en", "de")))).contains("'lang'", "2 values");
        assertThat(error(new Condition("lang", null, List.of("en")))).contains("'lang'", "no operator");
        assertThat(error(new Condition(null, Op.EQ, List.of("en")))).contains("no field");
    }

    private static String error(Condition c) {
        Throwable t = catchThrowable(() -> FilterQueries.of(filter(c)));
        assertThat(t).isInstanceOf(GantryException.class);
        return t.getMessage();
    }

    private static Filter filter(Condition... conditions) {
        return new Filter(List.of(conditions));
    }
}
