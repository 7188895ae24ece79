package dev.gantry.testkit.rag;

import static dev.gantry.testkit.rag.IndexFixtures.document;

import dev.gantry.core.rag.Filter;
import dev.gantry.core.rag.Filter.Condition;
import dev.gantry.core.rag.Filter.Op;
import dev.gantry.core.rag.VectorIndex;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Five documents with text, number-like and missing metadata, and the documents each filter must keep. Every
 * chunk contains the word "shared" and points the same way, so an unfiltered search of either kind finds all.
 */
final class FilterCorpus {
    static final String SHARED_WORD = "shared";
    static final float[] SHARED_DIRECTION = {1, 1, 0, 0};

    private FilterCorpus() {
    }

    static void indexInto(VectorIndex index) {
        add(index, document("a").meta("lang", "en").meta("year", "2019").meta("price", "9.5"));
        add(index, document("b").meta("lang", "de").meta("year", "2020").meta("price", "10"));
        add(index, document("c").meta("lang", "en").meta("year", "2021"));
        add(index, document("d").meta("year", "2020.0"));
        add(index, document("e").meta("lang", "fr").meta("year", "unknown"));
        index.commit();
    }

    private static void add(VectorIndex index, IndexFixtures.DocumentBuilder doc) {
        doc.chunk("the " + SHARED_WORD + " first passage", SHARED_DIRECTION)
                .chunk("the " + SHARED_WORD + " second passage", 1, 0.9f, 0.1f, 0)
                .replaceIn(index);
    }

    /** (description, filter, ids of the documents whose chunks it keeps). */
    static Stream<Arguments> cases() {
        return Stream.of(
                of("eq on text", Set.of("a", "c"), c("lang", Op.EQ, "en")),
                of("ne keeps chunks without the field", Set.of("b", "d", "e"), c("lang", Op.NE, "en")),
                of("in", Set.of("b", "e"), c("lang", Op.IN, "de", "fr")),
                of("eq compares text: 2020 is not 2020.0", Set.of("b"), c("year", Op.EQ, "2020")),
                of("gt compares numbers", Set.of("c"), c("year", Op.GT, "2020")),
                of("gte includes 2020.0", Set.of("b", "c", "d"), c("year", Op.GTE, "2020")),
                of("lt", Set.of("a"), c("year", Op.LT, "2020")),
                of("lte", Set.of("a", "b", "d"), c("year", Op.LTE, "2020")),
                of("decimal bound", Set.of("b"), c("price", Op.GT, "9.75")),
                of("decimal bound inclusive", Set.of("a", "b"), c("price", Op.GTE, "9.5")),
                of("conditions all hold", Set.of("c"), c("lang", Op.EQ, "en"), c("year", Op.GTE, "2020")),
                of("ne with a range", Set.of("b", "d"), c("lang", Op.NE, "en"), c("year", Op.LT, "2021")),
                of("in matching nothing", Set.of(), c("lang", Op.IN, "it", "es")));
    }

    private static Arguments of(String description, Set<String> expectedDocs, Condition... conditions) {
        return Arguments.of(description, new Filter(Arrays.asList(conditions)), expectedDocs);
    }

    private static Condition c(String field, Op op, String... values) {
        return new Condition(field, op, List.of(values));
    }
}
