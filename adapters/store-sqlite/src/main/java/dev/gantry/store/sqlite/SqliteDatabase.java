package dev.gantry.store.sqlite;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite file {@code <dataDir>/gantry.db}: migrated by Flyway on open, WAL journal (readers never block
 * the writer), synchronous=NORMAL (durable across process crashes; a power loss may drop the last commits),
 * a busy timeout (another process, such as the CLI, may hold the write lock briefly) and foreign keys.
 *
 * <p>SQLite allows one writer at a time, so all writes go through one connection guarded by a lock, each in
 * a {@code BEGIN IMMEDIATE} transaction. Reads use a small pool of separate, query-only connections.
 * Thread-safe.
 */
public final class SqliteDatabase implements AutoCloseable {
    public static final String FILE_NAME = "gantry.db";
    static final int BUSY_TIMEOUT_MS = 10_000;
    private static final int MAX_READERS = 4;

    private final Path file;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReaderPool readers;
    private volatile boolean closed;

    private SqliteDatabase(Path file, SQLiteDataSource dataSource) throws SQLException {
        this.file = file;
        this.writer = dataSource.getConnection();
        this.readers = new ReaderPool(MAX_READERS, () -> openReader(dataSource));
    }

    /** Opens (creating when absent) {@code <dataDir>/gantry.db} and brings its schema up to date. */
    public static SqliteDatabase open(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve(FILE_NAME);
        createDirectories(dataDir);
        SQLiteDataSource dataSource = dataSource(file);
        migrate(dataSource, file);
        try {
            return new SqliteDatabase(file, dataSource);
        } catch (SQLException e) {
            throw failure("could not open SQLite database " + file
                    + "; check that the data directory is writable and the file is not corrupt", e);
        }
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} in one write transaction (committed on return, rolled back on any exception). */
    public <T> T inTransaction(SqlWork<T> work) throws SQLException {
        writeLock.lock();
        try {
            ensureOpen();
            writer.setAutoCommit(false);
            try {
                T result = work.apply(writer);
                writer.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(e);
                throw e;
            } finally {
                writer.setAutoCommit(true);
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code work} on a pooled read-only connection; it sees every transaction committed before the call. */
    public <T> T read(SqlWork<T> work) throws SQLException {
        ensureOpen();
        Connection c = readers.take();
        try {
            return work.apply(c);
        } finally {
            readers.give(c);
        }
    }

    /** {@link #read}, with a failure turned into an internal error that names {@code what} and the file. */
    public <T> T reading(String what, SqlWork<T> work) {
        try {
            return read(work);
        } catch (SQLException e) {
            throw new GantryException(ErrorKind.INTERNAL, "could not " + what + " in " + file + "; check the file is readable", e);
        }
    }

    /** {@link #inTransaction}, with a failure turned into an internal error that names {@code what} and the file. */
    public <T> T writing(String what, SqlWork<T> work) {
        try {
            return inTransaction(work);
        } catch (SQLException e) {
            throw new GantryException(ErrorKind.INTERNAL, "could not " + what + " in " + file
                    + "; check free disk space and file permissions", e);
        }
    }

    /** Closes every connection; waits for a running write transaction to finish first. Idempotent. */
    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) return;
            closed = true;
            readers.close();
            writer.close();
        } catch (SQLException e) {
            throw failure("could not close SQLite database " + file + " cleanly; it recovers on next open", e);
        } finally {
            writeLock.unlock();
        }
    }

    private void ensureOpen() {
        if (closed) throw new IllegalStateException("SQLite database " + file + " is closed; open it again");
    }

    private void rollbackQuietly(Throwable failure) {
        try {
            writer.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static Connection openReader(SQLiteDataSource dataSource) throws SQLException {
        Connection c = dataSource.getConnection();
        try (var st = c.createStatement()) {
            // query_only rather than a read-only open: a read-only WAL connection cannot create the -shm file
            st.execute("PRAGMA query_only = true");
        }
        return c;
    }

    private static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        // take the write lock at BEGIN: a deferred transaction that upgrades later can fail with SQLITE_BUSY
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file);
        return ds;
    }

    private static void migrate(SQLiteDataSource dataSource, Path file) {
        try {
            Flyway.configure(SqliteDatabase.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/sqlite")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw failure("could not migrate SQLite database " + file + " to the current schema; "
                    + "check the file is a Gantry database written by this or an older version", e);
        }
    }

    private static void createDirectories(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw failure("could not create data directory " + dataDir.toAbsolutePath()
                    + "; create it or point the data directory setting elsewhere", e);
        }
    }

    private static GantryException failure(String message, Throwable cause) {
        return new GantryException(ErrorKind.INTERNAL, message, cause);
    }
}
