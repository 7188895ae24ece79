package dev.gantry.testkit.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.knowledge.Atom;
import dev.gantry.core.knowledge.AtomType;
import dev.gantry.core.knowledge.AtomVersion;
import dev.gantry.core.knowledge.KnowledgeStore;
import dev.gantry.core.knowledge.MessageStore;
import dev.gantry.core.knowledge.NewVersion;
import dev.gantry.core.knowledge.Review;
import dev.gantry.core.knowledge.Topic;
import dev.gantry.core.knowledge.VersionStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract every {@link KnowledgeStore} adapter passes: topics by name, versioned atoms, one review per draft. */
public abstract class KnowledgeStoreContract {
    protected static final Instant T0 = Instant.parse("2026-12-07T09:00:00.123Z");
    protected KnowledgeStore store;
    protected long m1;
    protected long m2;
    protected long m3;

    /** A knowledge store and the message store beside it (versions cite stored messages), over fresh storage. */
    protected abstract Stores openStores();

    public record Stores(KnowledgeStore knowledge, MessageStore messages) {
    }

    @BeforeEach
    protected void open() {
        Stores s = openStores();
        store = s.knowledge();
        m1 = s.messages().insert(MessageStoreContract.message("c1", "1", "deploys fail on arm64")).message().id();
        m2 = s.messages().insert(MessageStoreContract.message("c1", "2", "pin the base image")).message().id();
        m3 = s.messages().insert(MessageStoreContract.message("c1", "3", "also pin the JDK")).message().id();
    }

    private NewVersion version(long topic, String title, List<Long> sources, float[] vector) {
        return new NewVersion(AtomType.SOLUTION, topic, title, "body of " + title, sources, "extractor", T0, vector);
    }

    @Test
    void should_find_a_topic_by_its_name_whatever_the_case_and_keep_the_summary_when_none_is_given() {
        Topic t = store.upsertTopic("ARM builds", "Builds on arm64", T0);
        Topic again = store.upsertTopic("  arm   BUILDS ", "", T0.plusSeconds(5));

        assertThat(again.id()).isEqualTo(t.id());
        assertThat(again.name()).isEqualTo("ARM builds");
        assertThat(again.summary()).isEqualTo("Builds on arm64");
        assertThat(again.updatedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(store.upsertTopic("arm builds", "Now pinned", T0).summary()).isEqualTo("Now pinned");
        assertThat(store.topics()).hasSize(1);
        assertThat(store.topic(t.id())).isPresent();
    }

    @Test
    void should_number_versions_as_drafts_and_keep_each_ones_sources() {
        long topic = store.upsertTopic("arm", "", T0).id();
        AtomVersion v1 = store.createAtom(version(topic, "Pin the base image", List.of(m2, m1), new float[] {1, 0}));
        AtomVersion v2 = store.addVersion(v1.atomId(), version(topic, "Pin base image and JDK", List.of(m1, m2, m3), new float[] {0, 1}));

        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(v1.sourceMessageIds()).containsExactly(m1, m2);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(store.versions(v1.atomId())).containsExactly(v1, v2);
        assertThat(store.version(v1.atomId(), 2)).contains(v2);
        Atom atom = store.atom(v1.atomId()).orElseThrow();
        assertThat(atom.latestVersion()).isEqualTo(2);
        assertThat(atom.approvedVersion()).isNull();
        assertThat(store.vectors(AtomType.SOLUTION)).singleElement()
                .satisfies(v -> assertThat(v.vector()).containsExactly(0f, 1f));
        assertThat(store.vectors(AtomType.PROBLEM)).isEmpty();
        assertThat(store.drafts(10)).containsExactly(v1, v2);
    }

    @Test
    void should_review_a_draft_once_and_serve_the_newest_approved_version() {
        long topic = store.upsertTopic("arm", "", T0).id();
        AtomVersion v1 = store.createAtom(version(topic, "Pin the base image", List.of(m1), null));
        AtomVersion v2 = store.addVersion(v1.atomId(), version(topic, "Pin both", List.of(m1, m2), null));

        AtomVersion approved = store.review(v1.atomId(), 1, new Review(VersionStatus.APPROVED, "bob", "checked", T0)).orElseThrow();
        assertThat(store.review(v1.atomId(), 1, new Review(VersionStatus.REJECTED, "eve", "late", T0))).isEmpty();
        AtomVersion rejected = store.review(v1.atomId(), 2, new Review(VersionStatus.REJECTED, "bob", "wrong", T0)).orElseThrow();

        assertThat(approved.status()).isEqualTo(VersionStatus.APPROVED);
        assertThat(approved.reviewedBy()).isEqualTo("bob");
        assertThat(approved.reviewReason()).isEqualTo("checked");
        assertThat(approved.reviewedAt()).isEqualTo(T0);
        assertThat(rejected.status()).isEqualTo(VersionStatus.REJECTED);
        assertThat(store.atom(v1.atomId()).orElseThrow().approvedVersion()).isEqualTo(1);
        assertThat(store.drafts(10)).isEmpty();
        assertThat(store.review(v2.atomId(), 9, new Review(VersionStatus.APPROVED, "bob", "", T0))).isEmpty();
        assertThat(store.atoms(null, 10)).extracting(Atom::id).containsExactly(v1.atomId());
        assertThat(store.atoms(AtomType.PROBLEM, 10)).isEmpty();
    }
}
