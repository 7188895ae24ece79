package dev.gantry.rag.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gantry.core.error.GantryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetrievalEvaluationTest {
    private final Qrels qrels = new Qrels()
            .add("q1", "d1", 3).add("q1", "d2", 2).add("q1", "d3", 0).add("q1", "d4", 1)
            .add("q2", "a", 1)
            .add("q3", "b", 0); // judged, nothing relevant: left out
    private final List<BeirQuery> queries = List.of(new BeirQuery("q1", "first"), new BeirQuery("q2", "second"),
            new BeirQuery("q3", "third"), new BeirQuery("q4", "not judged"));
    private final Map<String, List<String>> rankings = Map.of(
            "first", List.of("d3", "d1", "x", "d4", "d2"),
            "second", List.of("z", "a"));

    @Test
    void averagesOverTheQueriesWithRelevantJudgements() {
        List<String> asked = new ArrayList<>();

        EvaluationReport report = RetrievalEvaluation.evaluate(queries, qrels, query -> {
            asked.add(query.text());
            return rankings.get(query.text());
        });

        assertThat(asked).containsExactly("first", "second");
        assertThat(report.queries()).isEqualTo(2);
        // q1: nDCG 0.6504122, recall 1, MRR 1/2; q2: nDCG 1/log2 3 = 0.6309298, recall 1, MRR 1/2
        assertThat(report.ndcgAt10()).isCloseTo((0.6504122 + 0.6309298) / 2, within(1e-7));
        assertThat(report.recallAt100()).isEqualTo(1.0);
        assertThat(report.mrrAt10()).isEqualTo(0.5);
        assertThat(report.perQuery()).extracting(QueryMetrics::queryId).containsExactly("q1", "q2");
        assertThat(report.perQuery().get(1).ndcgAt10()).isCloseTo(0.6309298, within(1e-7));
    }

    @Test
    void aQueryThatRetrievesNothingRelevantPullsTheMeanDown() {
        EvaluationReport report = RetrievalEvaluation.evaluate(queries, qrels,
                q -> q.id().equals("q1") ? rankings.get(q.text()) : List.of("nothing", "relevant"));

        assertThat(report.perQuery().get(1)).isEqualTo(new QueryMetrics("q2", 0, 0, 0));
        assertThat(report.ndcgAt10()).isCloseTo(0.6504122 / 2, within(1e-7));
        assertThat(report.recallAt100()).isEqualTo(0.5);
        assertThat(report.mrrAt10()).isEqualTo(0.25);
    }

    @Test
    void aJudgedQueryWithoutTextIsAnError() {
        assertThatThrownBy(() -> RetrievalEvaluation.evaluate(List.of(new BeirQuery("q1", "first")), qrels,
                q -> rankings.get(q.text())))
                .isInstanceOf(GantryException.class)
                .hasMessageContaining("'q2'").hasMessageContaining("missing from the queries");
    }

    @Test
    void noJudgedQueriesGivesAnEmptyReport() {
        EvaluationReport report = RetrievalEvaluation.evaluate(queries, new Qrels(), q -> List.of());
        assertThat(report.queries()).isZero();
        assertThat(report.perQuery()).isEmpty();
    }
}
