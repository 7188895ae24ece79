package dev.gantry.store.sqlite.internal;

import dev.gantry.core.audit.AuditEvent;
import dev.gantry.core.audit.AuditHead;
import dev.gantry.core.audit.AuditRecord;
import dev.gantry.core.audit.UnreadableAuditRecordException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Maps {@link AuditRecord} to and from rows of {@code audit_log} and {@code audit_detail}. */
public final class AuditRows {
    private static final String COLUMNS = "seq, at, type, actor, subject, previous_hash, hash";

    private AuditRows() {
    }

    public static AuditHead head(Connection c) throws SQLException {
        return Statements.first(c, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
                rs -> new AuditHead(rs.getLong(1), rs.getString(2))).orElse(AuditHead.EMPTY);
    }

    public static void insert(Connection c, AuditRecord r) throws SQLException {
        AuditEvent e = r.event();
        Statements.update(c, "INSERT INTO audit_log (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)", r.seq(),
                e.at().toEpochMilli(), e.type(), e.actor(), e.subject(), r.previousHash(), r.hash());
        if (e.details().isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_detail (seq, name, value) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String> d : e.details().entrySet()) {
                ps.setLong(1, r.seq());
                ps.setString(2, d.getKey());
                ps.setString(3, d.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Up to {@code limit} records after {@code afterSeq}; two queries, rows and then their details. */
    public static List<AuditRecord> page(Connection c, long afterSeq, int limit) throws SQLException {
        List<Row> rows = Statements.list(c, "SELECT " + COLUMNS + " FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?",
                AuditRows::row, afterSeq, limit);
        if (rows.isEmpty()) return List.of();
        Map<Long, Map<String, String>> details = details(c, rows.getFirst().seq, rows.getLast().seq);
        List<AuditRecord> out = new ArrayList<>(rows.size());
        for (Row r : rows) out.add(r.toRecord(details.getOrDefault(r.seq, Map.of())));
        return out;
    }

    /** Up to {@code limit} records of one type about one subject, oldest first, each with its details. */
    public static List<AuditRecord> about(Connection c, String type, String subject, int limit) throws SQLException {
        List<Row> rows = Statements.list(c, "SELECT " + COLUMNS + " FROM audit_log WHERE type = ? AND subject = ? "
                + "ORDER BY seq LIMIT ?", AuditRows::row, type, subject, limit);
        List<AuditRecord> out = new ArrayList<>(rows.size());
        for (Row r : rows) out.add(r.toRecord(details(c, r.seq, r.seq).getOrDefault(r.seq, Map.of())));
        return out;
    }

    private static Map<Long, Map<String, String>> details(Connection c, long fromSeq, long toSeq) throws SQLException {
        Map<Long, Map<String, String>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, name, value FROM audit_detail WHERE seq BETWEEN ? AND ?")) {
            ps.setLong(1, fromSeq);
            ps.setLong(2, toSeq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getString(3));
            }
        }
        return out;
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7));
    }

    private record Row(long seq, long at, String type, String actor, String subject, String previousHash, String hash) {
        AuditRecord toRecord(Map<String, String> details) {
            try {
                return new AuditRecord(seq, new AuditEvent(type, actor, subject, details, Instant.ofEpochMilli(at)),
                        previousHash, hash);
            } catch (IllegalArgumentException e) {
                throw new UnreadableAuditRecordException(seq, "table audit_log", e);
            }
        }
    }
}
