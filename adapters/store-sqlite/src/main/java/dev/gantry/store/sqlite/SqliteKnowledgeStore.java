package dev.gantry.store.sqlite;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.knowledge.Atom;
import dev.gantry.core.knowledge.AtomType;
import dev.gantry.core.knowledge.AtomVector;
import dev.gantry.core.knowledge.AtomVersion;
import dev.gantry.core.knowledge.KnowledgeStore;
import dev.gantry.core.knowledge.NewVersion;
import dev.gantry.core.knowledge.Review;
import dev.gantry.core.knowledge.Topic;
import dev.gantry.core.knowledge.VersionStatus;
import dev.gantry.store.sqlite.internal.Statements;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Topics, atoms, versions and their source messages in the {@code knowledge_*} tables. */
public final class SqliteKnowledgeStore implements KnowledgeStore {
    private static final String TOPIC = "SELECT id, name, summary, created_at, updated_at FROM knowledge_topic";
    private static final String ATOM = "SELECT id, type, topic_id, latest_version, approved_version, created_at FROM knowledge_atom";
    private static final String VERSION = "SELECT atom_id, version, type, topic_id, title, body, status, created_by, created_at, "
            + "reviewed_by, reviewed_at, review_reason FROM knowledge_atom_version";
    private final SqliteDatabase db;

    public SqliteKnowledgeStore(SqliteDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Topic upsertTopic(String name, String summary, Instant at) {
        String key = name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        String text = summary == null ? "" : summary.trim();
        return db.writing("store topic '" + name + "'", c -> {
            Statements.update(c, "INSERT INTO knowledge_topic (name, name_key, summary, created_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (name_key) DO UPDATE SET "
                    + "summary = CASE WHEN excluded.summary = '' THEN summary ELSE excluded.summary END, "
                    + "updated_at = excluded.updated_at", name.trim(), key, text, at.toEpochMilli(), at.toEpochMilli());
            return Statements.first(c, TOPIC + " WHERE name_key = ?", SqliteKnowledgeStore::topic, key).orElseThrow();
        });
    }

    @Override
    public Optional<Topic> topic(long id) {
        return db.reading("read topic " + id, c -> Statements.first(c, TOPIC + " WHERE id = ?", SqliteKnowledgeStore::topic, id));
    }

    @Override
    public List<Topic> topics() {
        return db.reading("read topics", c -> Statements.list(c, TOPIC + " ORDER BY name_key", SqliteKnowledgeStore::topic));
    }

    @Override
    public AtomVersion createAtom(NewVersion first) {
        return db.writing("store a new atom", c -> {
            Statements.update(c, "INSERT INTO knowledge_atom (type, topic_id, latest_version, vector, created_at) "
                    + "VALUES (?, ?, 1, ?, ?)", first.type().wire(), first.topicId(), bytes(first.vector()),
                    first.createdAt().toEpochMilli());
            long atomId = Statements.first(c, "SELECT last_insert_rowid()", rs -> rs.getLong(1)).orElseThrow();
            return insertVersion(c, atomId, 1, first);
        });
    }

    @Override
    public AtomVersion addVersion(long atomId, NewVersion next) {
        return db.writing("store a new version of atom " + atomId, c -> {
            int latest = Statements.first(c, "SELECT latest_version FROM knowledge_atom WHERE id = ?", rs -> rs.getInt(1), atomId)
                    .orElseThrow(() -> new GantryException(ErrorKind.NOT_FOUND, "atom " + atomId + " does not exist"));
            Statements.update(c, "UPDATE knowledge_atom SET latest_version = ?, vector = COALESCE(?, vector) WHERE id = ?",
                    latest + 1, bytes(next.vector()), atomId);
            return insertVersion(c, atomId, latest + 1, next);
        });
    }

    private AtomVersion insertVersion(Connection c, long atomId, int version, NewVersion v) throws SQLException {
        Statements.update(c, "INSERT INTO knowledge_atom_version (atom_id, version, type, topic_id, title, body, status, "
                + "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, ?)", atomId, version, v.type().wire(),
                v.topicId(), v.title(), v.body(), v.createdBy(), v.createdAt().toEpochMilli());
        for (long messageId : v.sourceMessageIds().stream().distinct().toList()) {
            Statements.update(c, "INSERT INTO knowledge_version_source (atom_id, version, message_id) VALUES (?, ?, ?)",
                    atomId, version, messageId);
        }
        return version(c, atomId, version).orElseThrow();
    }

    @Override
    public Optional<Atom> atom(long id) {
        return db.reading("read atom " + id, c -> Statements.first(c, ATOM + " WHERE id = ?", SqliteKnowledgeStore::atom, id));
    }

    @Override
    public List<Atom> atoms(AtomType type, int limit) {
        return db.reading("read atoms", c -> type == null
                ? Statements.list(c, ATOM + " ORDER BY id DESC LIMIT ?", SqliteKnowledgeStore::atom, limit)
                : Statements.list(c, ATOM + " WHERE type = ? ORDER BY id DESC LIMIT ?", SqliteKnowledgeStore::atom,
                type.wire(), limit));
    }

    @Override
    public List<AtomVersion> versions(long atomId) {
        return db.reading("read versions of atom " + atomId, c -> {
            List<AtomVersion> out = new ArrayList<>();
            for (VersionRow row : Statements.list(c, VERSION + " WHERE atom_id = ? ORDER BY version", VersionRow::of, atomId)) {
                out.add(row.withSources(sources(c, row.atomId(), row.version())));
            }
            return out;
        });
    }

    @Override
    public Optional<AtomVersion> version(long atomId, int version) {
        return db.reading("read version " + version + " of atom " + atomId, c -> version(c, atomId, version));
    }

    @Override
    public List<AtomVersion> drafts(int limit) {
        return db.reading("read draft versions", c -> {
            List<AtomVersion> out = new ArrayList<>();
            for (VersionRow row : Statements.list(c, VERSION + " WHERE status = 'draft' ORDER BY created_at, atom_id, version "
                    + "LIMIT ?", VersionRow::of, limit)) {
                out.add(row.withSources(sources(c, row.atomId(), row.version())));
            }
            return out;
        });
    }

    @Override
    public Optional<AtomVersion> review(long atomId, int version, Review r) {
        return db.writing("record the review of version " + version + " of atom " + atomId, c -> {
            int changed = Statements.update(c, "UPDATE knowledge_atom_version SET status = ?, reviewed_by = ?, reviewed_at = ?, "
                    + "review_reason = ? WHERE atom_id = ? AND version = ? AND status = 'draft'", r.decision().wire(),
                    r.reviewer(), r.at().toEpochMilli(), r.reason(), atomId, version);
            if (changed == 0) return Optional.<AtomVersion>empty();
            if (r.decision() == VersionStatus.APPROVED) {
                Statements.update(c, "UPDATE knowledge_atom SET approved_version = MAX(COALESCE(approved_version, 0), ?) "
                        + "WHERE id = ?", version, atomId);
            }
            return version(c, atomId, version);
        });
    }

    @Override
    public List<AtomVector> vectors(AtomType type) {
        return db.reading("read atom vectors", c -> Statements.list(c, "SELECT id, type, vector FROM knowledge_atom "
                + "WHERE type = ? AND vector IS NOT NULL ORDER BY id", rs -> new AtomVector(rs.getLong(1),
                AtomType.parse(rs.getString(2)), floats(rs.getBytes(3))), type.wire()));
    }

    private static Optional<AtomVersion> version(Connection c, long atomId, int version) throws SQLException {
        Optional<VersionRow> row = Statements.first(c, VERSION + " WHERE atom_id = ? AND version = ?", VersionRow::of,
                atomId, version);
        if (row.isEmpty()) return Optional.empty();
        return Optional.of(row.get().withSources(sources(c, atomId, version)));
    }

    private static List<Long> sources(Connection c, long atomId, int version) throws SQLException {
        return Statements.list(c, "SELECT message_id FROM knowledge_version_source WHERE atom_id = ? AND version = ? "
                + "ORDER BY message_id", rs -> rs.getLong(1), atomId, version);
    }

    /** A version row before its sources are read. */
    private record VersionRow(long atomId, int version, AtomType type, long topicId, String title, String body,
                              VersionStatus status, String createdBy, Instant createdAt, String reviewedBy,
                              Instant reviewedAt, String reviewReason) {
        static VersionRow of(ResultSet rs) throws SQLException {
            long reviewedAt = rs.getLong(11);
            return new VersionRow(rs.getLong(1), rs.getInt(2), AtomType.parse(rs.getString(3)), rs.getLong(4),
                    rs.getString(5), rs.getString(6), VersionStatus.parse(rs.getString(7)), rs.getString(8),
                    Instant.ofEpochMilli(rs.getLong(9)), rs.getString(10), rs.wasNull() ? null : Instant.ofEpochMilli(reviewedAt),
                    rs.getString(12));
        }

        AtomVersion withSources(List<Long> sources) {
            return new AtomVersion(atomId, version, type, topicId, title, body, status, sources, createdBy, createdAt,
                    reviewedBy, reviewedAt, reviewReason);
        }
    }

    private static Topic topic(ResultSet rs) throws SQLException {
        return new Topic(rs.getLong(1), rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4)),
                Instant.ofEpochMilli(rs.getLong(5)));
    }

    private static Atom atom(ResultSet rs) throws SQLException {
        int approved = rs.getInt(5);
        Integer approvedVersion = rs.wasNull() ? null : approved;
        return new Atom(rs.getLong(1), AtomType.parse(rs.getString(2)), rs.getLong(3), rs.getInt(4), approvedVersion,
                Instant.ofEpochMilli(rs.getLong(6)));
    }

    private static byte[] bytes(float[] v) {
        if (v == null) return null;
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : v) b.putFloat(f);
        return b.array();
    }

    private static float[] floats(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] v = new float[bytes.length / 4];
        for (int i = 0; i < v.length; i++) v[i] = b.getFloat();
        return v;
    }

    private GantryException failure(String what, SQLException e) {
        return new GantryException(ErrorKind.INTERNAL, "could not " + what + " in " + db.file()
                + "; check the file is writable and the disk has space", e);
    }
}
