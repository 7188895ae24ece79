package dev.gantry.knowledge.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.knowledge.AtomType;
import dev.gantry.core.knowledge.NewVersion;
import dev.gantry.core.knowledge.RawMessage;
import dev.gantry.core.knowledge.VersionStatus;
import dev.gantry.knowledge.search.KnowledgeIndex;
import dev.gantry.store.sqlite.SqliteAuditLog;
import dev.gantry.store.sqlite.SqliteDatabase;
import dev.gantry.store.sqlite.SqliteKnowledgeStore;
import dev.gantry.store.sqlite.SqliteMessageStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review on real SQLite stores and audit log; the index records what it was given (the server's is a RAG collection). */
class KnowledgeReviewIT {
    @TempDir
    Path dir;

    /** An index that keeps what it is given, to see what review publishes. */
    private static final class RecordingIndex implements KnowledgeIndex {
        final List<IndexedAtom> atoms = new ArrayList<>();

        @Override
        public void putAtom(IndexedAtom atom) {
            atoms.add(atom);
        }

        @Override
        public void putTopic(long topicId, String name, String summary) {
        }

        @Override
        public Optional<Integer> indexedVersion(long atomId) {
            return atoms.stream().filter(a -> a.atomId() == atomId).map(IndexedAtom::version).reduce((a, b) -> b);
        }

        @Override
        public List<Hit> search(String query, int k) {
            return List.of();
        }
    }

    @Test
    void should_refuse_a_secret_like_reason_without_recording_the_review_and_publish_only_approved_versions() {
        try (SqliteDatabase db = SqliteDatabase.open(dir)) {
            var knowledge = new SqliteKnowledgeStore(db);
            long m = new SqliteMessageStore(db).insert(new RawMessage(0, "api", "c", "1", "a", "t", Instant.now(), Instant.now(),
                    "{}", false, true)).message().id();
            long topic = knowledge.upsertTopic("T", "", Instant.now()).id();
            long atom = knowledge.createAtom(new NewVersion(AtomType.FACT, topic, "v1", "b", List.of(m), "extractor",
                    Instant.now(), null)).atomId();
            knowledge.addVersion(atom, new NewVersion(AtomType.FACT, topic, "v2", "b", List.of(m), "extractor", Instant.now(), null));
            RecordingIndex index = new RecordingIndex();
            SqliteAuditLog audit = new SqliteAuditLog(db);
            KnowledgeReview review = new KnowledgeReview(knowledge, index, audit, Clock.systemUTC());

            assertThatThrownBy(() -> review.approve(atom, 1, "bob", "key sk-proj-abcdefghijklmnopqrstuvwxyz0123456789"))
                    .hasMessageContaining("cannot go into the audit log");
            assertThat(knowledge.version(atom, 1).orElseThrow().status()).isEqualTo(VersionStatus.DRAFT);

            review.approve(atom, 1, "bob", "ok");
            review.reject(atom, 2, "bob", "wrong");

            assertThat(index.atoms).extracting(KnowledgeIndex.IndexedAtom::version).containsExactly(1);
            assertThat(review.republishMissing()).isZero();
            assertThat(audit.read(0, 10)).extracting(r -> r.event().type())
                    .containsExactly(KnowledgeReview.APPROVED, KnowledgeReview.REJECTED);
            assertThatThrownBy(() -> review.approve(atom, 2, "eve", "")).hasMessageContaining("is rejected already (by bob)");
            assertThatThrownBy(() -> review.approve(atom, 7, "eve", "")).hasMessageContaining("has no version 7");
        }
    }
}
