package dev.gantry.store.sqlite;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.usage.UsageBucket;
import dev.gantry.core.usage.UsageGroupBy;
import dev.gantry.core.usage.UsageQuery;
import dev.gantry.core.usage.UsageRecord;
import dev.gantry.core.usage.UsageSearch;
import dev.gantry.core.usage.UsageStore;
import dev.gantry.core.usage.UsageSummary;
import dev.gantry.store.sqlite.internal.NanoUsd;
import dev.gantry.store.sqlite.internal.UsageFilter;
import dev.gantry.store.sqlite.internal.UsageRows;
import dev.gantry.store.sqlite.internal.UsageSeries;
import dev.gantry.store.sqlite.internal.UsageSummaries;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Objects;

/**
 * The usage ledger in the {@code usage} table. Cost is kept as exact INTEGER nano-USD and read back as a
 * BigDecimal of scale 9; timestamps are kept to the millisecond. {@link UsageQuery#limit()} of zero or less
 * means no limit.
 */
public final class SqliteUsageStore implements UsageStore {
    private final SqliteDatabase db;
    private final boolean ownsDatabase;

    /** Uses a database shared with other stores; {@link #close()} leaves it open (its opener closes it). */
    public SqliteUsageStore(SqliteDatabase db) {
        this(db, false);
    }

    private SqliteUsageStore(SqliteDatabase db, boolean ownsDatabase) {
        this.db = Objects.requireNonNull(db, "db");
        this.ownsDatabase = ownsDatabase;
    }

    /** Opens {@code <dataDir>/gantry.db} for this store alone; {@link #close()} closes it. */
    public static SqliteUsageStore open(Path dataDir) {
        return new SqliteUsageStore(SqliteDatabase.open(dataDir), true);
    }

    @Override
    public void writeBatch(List<UsageRecord> records) {
        if (records.isEmpty()) return;
        records.forEach(UsageRows::validate);
        try {
            db.inTransaction(c -> insertAll(c, records));
        } catch (SQLException e) {
            throw failure("could not write " + records.size() + " usage records to " + db.file()
                    + "; check free disk space and file permissions", e);
        }
    }

    @Override
    public List<UsageRecord> find(UsageQuery query) {
        UsageFilter filter = UsageFilter.of(query);
        String limit = query.limit() > 0 ? " LIMIT " + query.limit() : "";
        String sql = "SELECT " + UsageRows.COLUMNS + " FROM usage" + filter.where()
                + " ORDER BY ts DESC, rowid DESC" + limit;
        try {
            return db.read(c -> list(c, sql, filter, UsageRows::read));
        } catch (SQLException e) {
            throw failure("could not read usage records from " + db.file() + "; check the file is readable", e);
        }
    }

    @Override
    public List<UsageSummary> summarize(UsageQuery query, UsageGroupBy groupBy) {
        UsageFilter filter = UsageFilter.of(query);
        String sql = UsageSummaries.sql(Objects.requireNonNull(groupBy, "groupBy"), filter);
        try {
            return db.read(c -> list(c, sql, filter, UsageSummaries::read));
        } catch (SQLException e) {
            throw failure("could not summarize usage by " + groupBy + " from " + db.file()
                    + "; check the file is readable", e);
        }
    }

    /** At most this many buckets per series: a chart has no use for more points than it has pixels. */
    public static final int MAX_BUCKETS = 10_000;

    @Override
    public List<UsageBucket> series(UsageQuery query, Duration bucket) {
        checkSeries(query, bucket);
        UsageSeries series = new UsageSeries(query.from(), query.to(), bucket, UsageFilter.of(query));
        try {
            return db.read(series::read);
        } catch (SQLException e) {
            throw failure("could not read the usage series from " + db.file() + "; check the file is readable", e);
        }
    }

    @Override
    public List<UsageRecord> search(UsageSearch search) {
        UsageFilter filter = UsageFilter.of(search);
        int limit = search.filter().limit();
        String page = (limit > 0 ? " LIMIT " + limit : " LIMIT -1") + " OFFSET " + search.offset();
        String sql = "SELECT " + UsageRows.COLUMNS + " FROM usage" + filter.where() + " ORDER BY ts DESC, rowid DESC" + page;
        try {
            return db.read(c -> list(c, sql, filter, UsageRows::read));
        } catch (SQLException e) {
            throw failure("could not search usage records in " + db.file() + "; check the file is readable", e);
        }
    }

    @Override
    public Optional<UsageRecord> findById(String requestId) {
        String sql = "SELECT " + UsageRows.COLUMNS + " FROM usage WHERE request_id = ?";
        UsageFilter byId = new UsageFilter("", List.of(requestId));
        try {
            return db.read(c -> list(c, sql, byId, UsageRows::read)).stream().findFirst();
        } catch (SQLException e) {
            throw failure("could not read usage record " + requestId + " from " + db.file(), e);
        }
    }

    private static void checkSeries(UsageQuery query, Duration bucket) {
        if (query.from() == null || query.to() == null || !query.from().isBefore(query.to())) {
            throw new IllegalArgumentException("a usage series needs from before to, got " + query.from() + " .. " + query.to());
        }
        if (bucket == null || bucket.toMillis() < 1) {
            throw new IllegalArgumentException("bucket " + bucket + " is not positive; use at least one millisecond");
        }
        long buckets = Duration.between(query.from(), query.to()).toMillis() / bucket.toMillis();
        if (buckets > MAX_BUCKETS) {
            throw new IllegalArgumentException("a series of " + buckets + " buckets is more than " + MAX_BUCKETS
                    + "; widen the bucket or narrow the range");
        }
    }

    /** A null keyName sums the records written without a key. */
    @Override
    public BigDecimal costSince(String keyName, Instant since) {
        String sql = "SELECT COALESCE(SUM(cost_nano_usd), 0) FROM usage WHERE key_name IS ? AND ts >= ?";
        try {
            long nanos = db.read(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, keyName);
                    ps.setLong(2, since.toEpochMilli());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }
            });
            return NanoUsd.toUsd(nanos);
        } catch (SQLException e) {
            throw failure("could not sum the cost of key '" + keyName + "' from " + db.file()
                    + "; check the file is readable", e);
        }
    }

    /** Closes the database only when this store opened it ({@link #open(Path)}). */
    @Override
    public void close() {
        if (ownsDatabase) db.close();
    }

    private static Void insertAll(Connection c, List<UsageRecord> records) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UsageRows.INSERT)) {
            for (UsageRecord r : records) {
                UsageRows.bind(ps, r);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return null;
    }

    private static <T> List<T> list(Connection c, String sql, UsageFilter filter, RowReader<T> reader)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            filter.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) out.add(reader.read(rs));
                return out;
            }
        }
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static GantryException failure(String message, SQLException cause) {
        return new GantryException(ErrorKind.INTERNAL, message, cause);
    }
}
