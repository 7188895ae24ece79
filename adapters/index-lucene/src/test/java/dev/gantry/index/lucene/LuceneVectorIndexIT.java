package dev.gantry.index.lucene;

import static dev.gantry.testkit.rag.IndexFixtures.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.Filter;
import dev.gantry.core.rag.VectorIndex;
import dev.gantry.core.rag.VectorIndexStore;
import dev.gantry.testkit.rag.VectorIndexContract;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The contract on the default (float32) format, plus what only the Lucene engine promises. */
class LuceneVectorIndexIT extends VectorIndexContract {
    @Override
    protected VectorIndexStore newStore(Path dir) {
        return new LuceneVectorIndexStore(dir);
    }

    @Test
    void should_lose_an_uncommitted_replace_when_the_process_dies() throws Exception {
        store.close();
        Path root = dir.resolve("crash");

        Process child = new ProcessBuilder(javaExecutable(), "--add-modules", "jdk.incubator.vector", "-cp",
                System.getProperty("java.class.path"), CrashingWriter.class.getName(), root.toString(), "crashed")
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).as("child exited").isTrue();
        assertThat(child.exitValue()).as(output).isEqualTo(CrashingWriter.EXIT_CODE);
        assertThat(output).contains("flushed");

        store = new LuceneVectorIndexStore(root);
        VectorIndex reopened = store.open("crashed", 4);
        assertThat(reopened.document("uncommitted")).isEmpty();
        assertThat(reopened.searchText("committed words", Filter.NONE, 10)).extracting(h -> h.chunk().text())
                .containsExactly("committed words");
        assertThat(reopened.stats().chunks()).isEqualTo(1);
        document("after").chunk("written after the crash", 1, 0, 0, 0).replaceIn(reopened);
        reopened.commit();
        assertThat(reopened.stats().documents()).isEqualTo(2);
    }

    @Test
    void should_discard_uncommitted_changes_on_close() {
        document("kept").chunk("committed", 1, 0, 0, 0).replaceIn(index);
        index.commit();
        document("lost").chunk("never committed", 0, 1, 0, 0).replaceIn(index);
        index.close();

        VectorIndex reopened = store.open(COLLECTION, DIMENSIONS);

        assertThat(reopened.document("kept")).isPresent();
        assertThat(reopened.document("lost")).isEmpty();
    }

    @Test
    void should_keep_each_collection_in_its_own_directory_under_the_root() throws IOException {
        List<String> names = List.of("Docs", "docs", "../escape", "a/b", "ünï", "%64ocs", ".", "..", "con");
        for (String name : names) {
            VectorIndex index = store.open(name, DIMENSIONS);
            document("id").title(name).chunk("text", 1, 0, 0, 0).replaceIn(index);
            index.commit();
        }

        try (Stream<Path> children = Files.list(dir)) {
            assertThat(children.filter(Files::isDirectory).count()).isEqualTo(names.size() + 1); // + "contract"
        }
        assertThat(Files.exists(dir.getParent().resolve("escape"))).isFalse();
        for (String name : names) {
            assertThat(store.open(name, DIMENSIONS).document("id")).as(name).hasValueSatisfying(
                    d -> assertThat(d.title()).isEqualTo(name));
        }
    }

    @Test
    void should_reject_collection_names_it_cannot_store() {
        for (String bad : List.of("", "  ", "x".repeat(65), "tab\there")) {
            Throwable t = catchThrowable(() -> store.open(bad, DIMENSIONS));
            assertThat(t).as("'" + bad + "'").isInstanceOf(GantryException.class);
            assertThat(t.getMessage()).contains("collection name");
        }
    }

    @Test
    void should_refuse_a_second_writer_on_the_same_collection() {
        try (VectorIndexStore second = new LuceneVectorIndexStore(dir)) {
            Throwable t = catchThrowable(() -> second.open(COLLECTION, DIMENSIONS));

            assertThat(t).isInstanceOf(GantryException.class).hasMessageContaining("in use by another process");
        }
    }

    @Test
    void should_match_stemmed_words_and_ignore_stop_words() {
        document("a").chunk("The runner was running through connected networks", 1, 0, 0, 0).replaceIn(index);
        index.commit();

        assertThat(index.searchText("runs", Filter.NONE, 10)).hasSize(1);
        assertThat(index.searchText("connection network", Filter.NONE, 10)).hasSize(1);
        assertThat(index.searchText("the was with into", Filter.NONE, 10)).isEmpty();
    }

    @Test
    void should_answer_a_query_longer_than_the_clause_limit() {
        document("a").chunk("needle in the haystack", 1, 0, 0, 0).replaceIn(index);
        index.commit();
        String longQuery = IntStream.range(0, 5000).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));

        assertThat(catchThrowable(() -> index.searchText("needle " + longQuery, Filter.NONE, 10))).isNull();
    }

    @Test
    void should_reject_a_non_numeric_range_bound() {
        Filter filter = new Filter(List.of(new Filter.Condition("year", Filter.Op.GT, List.of("last year"))));

        GantryException e = invalid(() -> index.searchText("anything", filter, 10));

        assertThat(e.getMessage()).contains("year", "last year", "number");
    }

    @Test
    void should_reject_all_zero_and_non_finite_vectors() {
        assertThat(invalid(() -> document("z").chunk("zero", 0, 0, 0, 0).replaceIn(index)).getMessage())
                .contains("z#0", "all-zero");
        assertThat(invalid(() -> document("n").chunk("nan", Float.NaN, 0, 0, 1).replaceIn(index)).getMessage())
                .contains("n#0", "non-finite");
    }

    @Test
    void should_read_an_index_written_with_another_vector_format() {
        document("float").chunk("written as float32", 1, 0, 0, 0).replaceIn(index);
        index.commit();
        store.close();

        store = new LuceneVectorIndexStore(dir, LuceneIndexOptions.DEFAULTS.withVectorFormat(VectorFormat.INT8));
        VectorIndex quantised = store.open(COLLECTION, DIMENSIONS);
        document("int8").chunk("written as int8", 0.9f, 0.1f, 0, 0).replaceIn(quantised);
        quantised.commit();

        assertThat(quantised.searchVector(new float[] {1, 0, 0, 0}, Filter.NONE, 10))
                .extracting(h -> h.chunk().documentId()).containsExactly("float", "int8");
    }

    @Test
    void should_index_vectors_wider_than_lucenes_default_limit() {
        int wide = 3072;
        float[] v = new float[wide];
        v[7] = 1;
        VectorIndex index = store.open("wide", wide);
        document("w").chunk("a wide vector", v).replaceIn(index);
        index.commit();

        assertThat(index.searchVector(v, Filter.NONE, 1)).singleElement()
                .satisfies(h -> assertThat(h.score()).isGreaterThan(0.999));
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
