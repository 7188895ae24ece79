package dev.gantry.store.sqlite;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.knowledge.AtomType;
import dev.gantry.core.knowledge.NewVersion;
import dev.gantry.testkit.knowledge.KnowledgeStoreContract;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteKnowledgeStoreIT extends KnowledgeStoreContract {
    @TempDir
    Path dataDir;
    private SqliteDatabase db;

    @Override
    protected Stores openStores() {
        db = SqliteDatabase.open(dataDir);
        return new Stores(new SqliteKnowledgeStore(db), new SqliteMessageStore(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void should_refuse_to_change_or_delete_a_reviewed_version_in_storage() {
        long topic = store.upsertTopic("t", "", T0).id();
        long atom = store.createAtom(new NewVersion(AtomType.FACT, topic, "a", "b", List.of(m1), "x", T0, null)).atomId();
        store.review(atom, 1, new dev.gantry.core.knowledge.Review(dev.gantry.core.knowledge.VersionStatus.APPROVED, "bob", "", T0));

        assertThatThrownBy(() -> db.inTransaction(c -> c.createStatement().executeUpdate(
                "UPDATE knowledge_atom_version SET body = 'edited' WHERE atom_id = " + atom)))
                .hasMessageContaining("history");
        assertThatThrownBy(() -> db.inTransaction(c -> c.createStatement().executeUpdate(
                "DELETE FROM knowledge_atom_version WHERE atom_id = " + atom)))
                .hasMessageContaining("never deleted");
    }
}
