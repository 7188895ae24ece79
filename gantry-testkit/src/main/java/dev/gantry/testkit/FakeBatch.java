package dev.gantry.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One batch the fake holds: its items (custom id + request body), its status in the dialect's own words, and,
 * once processed, one outcome per item. Guarded by the {@link FakeBatches} lock.
 */
final class FakeBatch {
    final String id;
    final FakeDialect dialect;
    final List<String> customIds = new ArrayList<>();
    final List<JsonNode> bodies = new ArrayList<>();
    /** Per item once ended: a completion (answer), an error body (error) or null (never ran). */
    final List<Outcome> outcomes = new ArrayList<>();
    final long createdAt = System.currentTimeMillis() / 1000;
    String status;
    String inputFileId;
    String outputFileId;
    String errorFileId;
    Long endedAt;
    boolean cancelRequested;

    FakeBatch(String id, FakeDialect dialect, String status) {
        this.id = id;
        this.dialect = dialect;
        this.status = status;
    }

    int succeeded() {
        return (int) outcomes.stream().filter(o -> o.kind == OutcomeKind.ANSWER).count();
    }

    int errored() {
        return (int) outcomes.stream().filter(o -> o.kind == OutcomeKind.ERROR).count();
    }

    int count(OutcomeKind kind) {
        return (int) outcomes.stream().filter(o -> o.kind == kind).count();
    }

    enum OutcomeKind { ANSWER, ERROR, CANCELED, EXPIRED }

    /** @param body the completion or the error body; null for items that never ran */
    record Outcome(OutcomeKind kind, int status, JsonNode body) {
    }
}
