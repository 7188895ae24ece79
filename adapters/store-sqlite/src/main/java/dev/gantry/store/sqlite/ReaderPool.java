package dev.gantry.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;

/**
 * At most {@code max} read connections, opened on first need and reused (opening one costs a file open and
 * pragmas, too much for a key lookup on every request). Callers beyond {@code max} wait for a free one.
 */
final class ReaderPool {
    private final Semaphore permits;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final Opener opener;
    private volatile boolean closed;

    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    ReaderPool(int max, Opener opener) {
        this.permits = new Semaphore(max);
        this.opener = opener;
    }

    Connection take() throws SQLException {
        permits.acquireUninterruptibly();
        if (closed) {
            permits.release();
            throw new IllegalStateException("SQLite database is closed; open it again");
        }
        Connection c = idle.pollFirst();
        if (c != null) return c;
        try {
            return opener.open();
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    void give(Connection c) throws SQLException {
        idle.offerFirst(c);
        permits.release();
        if (closed) closeIdle(); // handed back after close(): close it now
    }

    /** Closes idle connections at once and any connection in use when it is handed back. */
    void close() throws SQLException {
        closed = true;
        closeIdle();
    }

    private void closeIdle() throws SQLException {
        Connection c;
        while ((c = idle.pollFirst()) != null) {
            c.close();
        }
    }
}
