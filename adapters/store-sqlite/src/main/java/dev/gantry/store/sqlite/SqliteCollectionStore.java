package dev.gantry.store.sqlite;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.CollectionInfo;
import dev.gantry.core.rag.CollectionStore;
import dev.gantry.store.sqlite.internal.CollectionRows;
import dev.gantry.store.sqlite.internal.Statements;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The collection catalogue in the {@code rag_collections} table; names compare exactly (case-sensitive) and
 * {@code createdAt} is kept to the millisecond. Does not own the database: the caller closes it.
 */
public final class SqliteCollectionStore implements CollectionStore {
    private static final String SELECT = "SELECT " + CollectionRows.COLUMNS + " FROM rag_collections";
    private final SqliteDatabase db;

    public SqliteCollectionStore(SqliteDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public boolean create(CollectionInfo collection) {
        CollectionRows.validate(collection);
        try {
            return db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(CollectionRows.INSERT)) {
                    CollectionRows.bind(ps, collection);
                    return ps.executeUpdate() == 1;
                }
            });
        } catch (SQLException e) {
            throw failure("could not create collection '" + collection.name() + "' in " + db.file()
                    + "; check free disk space and file permissions", e);
        }
    }

    @Override
    public Optional<CollectionInfo> get(String name) {
        try {
            return db.read(c -> Statements.first(c, SELECT + " WHERE name = ?", CollectionRows::read, name));
        } catch (SQLException e) {
            throw failure("could not look up collection '" + name + "' in " + db.file()
                    + "; check the file is readable", e);
        }
    }

    /** Every collection, by name. */
    @Override
    public List<CollectionInfo> list() {
        try {
            return db.read(c -> Statements.list(c, SELECT + " ORDER BY name", CollectionRows::read));
        } catch (SQLException e) {
            throw failure("could not list collections in " + db.file() + "; check the file is readable", e);
        }
    }

    /** Removes the catalogue entry only: the caller drops the collection's index and jobs. */
    @Override
    public boolean delete(String name) {
        try {
            return db.inTransaction(c -> Statements.update(c, "DELETE FROM rag_collections WHERE name = ?", name) > 0);
        } catch (SQLException e) {
            throw failure("could not delete collection '" + name + "' from " + db.file()
                    + "; check free disk space and file permissions", e);
        }
    }

    private static GantryException failure(String message, SQLException cause) {
        return new GantryException(ErrorKind.INTERNAL, message, cause);
    }
}
