package dev.gantry.rag.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Loads the SciFact development set (../shared/data/scifact from the project root, present in every checkout
 * and in CI) and checks what the loaders find against counts taken independently from the files.
 */
class BeirScifactIT {
    private static final Path SCIFACT = locate();

    @Test
    void loadsTheCorpus() {
        AtomicInteger docs = new AtomicInteger();
        Set<String> ids = new HashSet<>();
        BeirFiles.forEachDocument(SCIFACT.resolve("corpus.jsonl"), d -> {
            docs.incrementAndGet();
            ids.add(d.id());
            assertThat(d.title()).isNotBlank();
            assertThat(d.text()).isNotNull();
        });

        assertThat(docs.get()).isEqualTo(5_183);
        assertThat(ids).hasSize(5_183).contains("4983");
    }

    @Test
    void loadsQueriesAndQrelsThatMatchThem() {
        List<BeirQuery> queries = BeirFiles.readQueries(SCIFACT.resolve("queries.jsonl"));
        Qrels qrels = BeirFiles.readQrels(SCIFACT.resolve("qrels/train.tsv"));

        assertThat(queries).hasSize(809);
        assertThat(queries.get(0)).isEqualTo(new BeirQuery("0", "0-dimensional biomaterials lack inductive properties."));
        assertThat(qrels.size()).isEqualTo(919);
        assertThat(qrels.queryIds()).hasSize(809);
        assertThat(qrels.of("0")).containsEntry("31715818", 1);
        assertThat(queries.stream().map(BeirQuery::id).toList()).containsAll(qrels.queryIds());
    }

    @Test
    void evaluatesAPerfectRunAsPerfect() {
        List<BeirQuery> queries = BeirFiles.readQueries(SCIFACT.resolve("queries.jsonl"));
        Qrels qrels = BeirFiles.readQrels(SCIFACT.resolve("qrels/train.tsv"));
        EvaluationReport report = RetrievalEvaluation.evaluate(queries, qrels,
                query -> List.copyOf(qrels.of(query.id()).keySet()));

        assertThat(report.queries()).isEqualTo(809);
        assertThat(report.ndcgAt10()).isEqualTo(1.0);
        assertThat(report.recallAt100()).isEqualTo(1.0);
        assertThat(report.mrrAt10()).isEqualTo(1.0);
    }

    /** Walks up from the working directory (the module when Maven runs the test) to shared/data/scifact. */
    private static Path locate() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/data/scifact");
            if (Files.isDirectory(candidate)) return candidate;
        }
        throw new IllegalStateException("shared/data/scifact not found above " + Path.of("").toAbsolutePath()
                + "; the development data sets sit beside the project root (../shared/data)");
    }
}
