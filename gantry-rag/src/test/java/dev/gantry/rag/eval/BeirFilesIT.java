package dev.gantry.rag.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.error.GantryException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BeirFilesIT {
    @TempDir
    Path dir;

    @Test
    void readsACorpusWithTitlesAndMetadata() throws IOException {
        Path corpus = write("corpus.jsonl", """
                {"_id": "d1", "title": "First", "text": "Hello world.", "metadata": {"year": 2020, "tags": ["a", "b"], "x": null}}

                {"_id": 42, "text": "No title here."}
                """);

        List<BeirDocument> docs = BeirFiles.readCorpus(corpus);

        assertThat(docs).containsExactly(
                new BeirDocument("d1", "First", "Hello world.", Map.of("year", "2020", "tags", "[\"a\",\"b\"]")),
                new BeirDocument("42", "", "No title here.", Map.of()));
    }

    @Test
    void readsQueriesAndQrels() throws IOException {
        Path queries = write("queries.jsonl", "{\"_id\": \"q1\", \"text\": \"what?\", \"metadata\": {}}\n");
        Path qrels = write("test.tsv", "query-id\tcorpus-id\tscore\nq1\td1\t2\nq1\td2\t0\nq1\td1\t1\n");

        assertThat(BeirFiles.readQueries(queries)).containsExactly(new BeirQuery("q1", "what?"));
        Qrels read = BeirFiles.readQrels(qrels);
        assertThat(read.of("q1")).isEqualTo(Map.of("d1", 1, "d2", 0));
        assertThat(read.size()).isEqualTo(2);
    }

    @Test
    void aBadLineIsNamedWithItsFileAndNumber() throws IOException {
        Path missingText = write("corpus.jsonl", "{\"_id\": \"d1\", \"text\": \"ok\"}\n{\"_id\": \"d2\"}\n");
        Path notJson = write("queries.jsonl", "{\"_id\": \"q1\", \"text\": \"ok\"}\n{broken\n");

        assertInvalid(() -> BeirFiles.readCorpus(missingText), missingText + ":2 field 'text' is missing");
        assertInvalid(() -> BeirFiles.readQueries(notJson), notJson + ":2 is not a JSON object");
    }

    @Test
    void qrelsNeedTheHeaderThreeColumnsAndWholeScores() throws IOException {
        Path noHeader = write("a.tsv", "q1\td1\t1\n");
        Path twoColumns = write("b.tsv", "query-id\tcorpus-id\tscore\nq1\td1\n");
        Path fraction = write("c.tsv", "query-id\tcorpus-id\tscore\nq1\td1\t0.5\n");

        assertInvalid(() -> BeirFiles.readQrels(noHeader), ":1 is not the qrels header");
        assertInvalid(() -> BeirFiles.readQrels(twoColumns), ":2 has 2 columns");
        assertInvalid(() -> BeirFiles.readQrels(fraction), ":2 has score '0.5'");
    }

    @Test
    void aMissingFileSaysSo() {
        assertInvalid(() -> BeirFiles.readQueries(dir.resolve("nope.jsonl")), "does not exist");
    }

    @Test
    void streamsTheCorpusInFileOrder() throws IOException {
        Path corpus = write("corpus.jsonl", "{\"_id\": \"b\", \"text\": \"2\"}\n{\"_id\": \"a\", \"text\": \"1\"}\n");
        List<String> ids = new java.util.ArrayList<>();
        BeirFiles.forEachDocument(corpus, d -> ids.add(d.id()));
        assertThat(ids).containsExactly("b", "a");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(GantryException.class).hasMessageContaining(message);
    }
}
