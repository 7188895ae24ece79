package dev.gantry.store.sqlite;

import dev.gantry.core.batch.BatchRecord;
import dev.gantry.core.batch.BatchStore;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.store.sqlite.internal.BatchRows;
import dev.gantry.store.sqlite.internal.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Batches in {@code batches}, their result lines in {@code batch_results}. Every write is one transaction.
 * Does not own the database: the caller closes it.
 */
public final class SqliteBatchStore implements BatchStore {
    private static final String SELECT = "SELECT " + BatchRows.COLUMNS + " FROM batches";
    private static final int INSERT_BATCH = 500;
    private final SqliteDatabase db;

    public SqliteBatchStore(SqliteDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public void create(BatchRecord batch, List<String> customIds) {
        db.writing("record batch '" + batch.id() + "'", c -> {
            Statements.update(c, BatchRows.INSERT, BatchRows.insertParams(batch));
            insertIds(c, batch.id(), customIds);
            return null;
        });
    }

    @Override
    public List<String> customIds(String id) {
        return db.reading("read the custom ids of batch '" + id + "'", c -> Statements.list(c,
                "SELECT custom_id FROM batch_items WHERE batch_id = ? ORDER BY seq", rs -> rs.getString(1), id));
    }

    @Override
    public void update(BatchRecord batch) {
        int changed = db.writing("update batch '" + batch.id() + "'",
                c -> Statements.update(c, BatchRows.UPDATE, BatchRows.updateParams(batch)));
        if (changed == 0) throw unknown(batch.id());
    }

    @Override
    public Optional<BatchRecord> find(String id) {
        return db.reading("look up batch '" + id + "'", c -> Statements.first(c, SELECT + " WHERE id = ?", BatchRows::read, id));
    }

    @Override
    public List<BatchRecord> unsettled() {
        return db.reading("list unsettled batches",
                c -> Statements.list(c, SELECT + " WHERE settled = 0 ORDER BY submitted_at, id", BatchRows::read));
    }

    @Override
    public void settle(String id, List<ResultLine> lines) {
        db.writing("store the results of batch '" + id + "'", c -> {
            if (Statements.update(c, "UPDATE batches SET settled = 1 WHERE id = ?", id) == 0) throw unknown(id);
            Statements.update(c, "DELETE FROM batch_results WHERE batch_id = ?", id);
            insertLines(c, id, lines);
            return null;
        });
    }

    @Override
    public List<ResultLine> results(String id) {
        return db.reading("read the results of batch '" + id + "'", c -> Statements.list(c,
                "SELECT custom_id, line FROM batch_results WHERE batch_id = ? ORDER BY seq",
                rs -> new ResultLine(rs.getString(1), rs.getString(2)), id));
    }

    private static void insertIds(Connection c, String id, List<String> customIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO batch_items (batch_id, seq, custom_id) VALUES (?, ?, ?)")) {
            for (int i = 0; i < customIds.size(); i++) {
                ps.setString(1, id);
                ps.setInt(2, i);
                ps.setString(3, customIds.get(i));
                ps.addBatch();
                if ((i + 1) % INSERT_BATCH == 0) ps.executeBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertLines(Connection c, String id, List<ResultLine> lines) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO batch_results (batch_id, seq, custom_id, line) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < lines.size(); i++) {
                ps.setString(1, id);
                ps.setInt(2, i);
                ps.setString(3, lines.get(i).customId());
                ps.setString(4, lines.get(i).json());
                ps.addBatch();
                if ((i + 1) % INSERT_BATCH == 0) ps.executeBatch();
            }
            ps.executeBatch();
        }
    }

    private static GantryException unknown(String id) {
        return new GantryException(ErrorKind.NOT_FOUND, "batch '" + id + "' is not stored; check the id", null);
    }
}
