package dev.gantry.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of JDBC work run on a connection handed out by {@link SqliteDatabase}. */
@FunctionalInterface
public interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
}
