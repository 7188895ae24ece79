package dev.gantry.store.sqlite.internal;

import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.IngestItem;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** Maps {@link IngestItem} to and from rows of the {@code rag_job_items} table (columns in record order). */
public final class ItemRows {
    /** Items joined to their job ({@code j}), whose id the rows carry. */
    public static final String SELECT = "SELECT j.id, i.seq, i.kind, i.ref, i.line, i.payload, i.state, i.error "
            + "FROM rag_job_items i JOIN rag_jobs j ON j.ord = i.job";
    /** New items are always pending: whatever state a caller's item carries, nothing has been done yet. */
    public static final String INSERT = "INSERT INTO rag_job_items (job, seq, kind, ref, line, payload, state) "
            + "VALUES (?, ?, ?, ?, ?, ?, 'PENDING')";

    private ItemRows() {
    }

    /** Fails before any write when an item lacks what its kind needs. */
    public static void validateNew(List<IngestItem> items) {
        if (items == null) throw GantryException.invalid("items", "items is null; pass the job's items (may be empty)");
        for (int i = 0; i < items.size(); i++) validateNew(items.get(i), i);
    }

    /** @param jobOrd the job's {@code rag_jobs.ord} */
    public static void bindNew(PreparedStatement ps, long jobOrd, int seq, IngestItem item) throws SQLException {
        ps.setLong(1, jobOrd);
        ps.setInt(2, seq);
        ps.setString(3, item.kind().name());
        text(ps, 4, item.ref());
        ps.setInt(5, item.line());
        text(ps, 6, item.payload());
    }

    /** Reads a row selected with {@link #SELECT}. */
    public static IngestItem read(ResultSet rs) throws SQLException {
        return new IngestItem(rs.getString(1), rs.getInt(2), IngestItem.Kind.valueOf(rs.getString(3)),
                rs.getString(4), rs.getInt(5), rs.getString(6), IngestItem.State.valueOf(rs.getString(7)),
                rs.getString(8));
    }

    private static void validateNew(IngestItem item, int index) {
        String param = "items[" + index + "]";
        if (item == null) throw GantryException.invalid(param, "ingest item " + index + " is null; remove it");
        if (item.kind() == null) {
            throw GantryException.invalid(param, "ingest item " + index + " has no kind; use IngestItem.file, "
                    + "IngestItem.jsonlLine or IngestItem.inline");
        }
        switch (item.kind()) {
            case FILE -> requireRef(item, index, param);
            case JSONL_LINE -> {
                requireRef(item, index, param);
                if (item.line() < 1) {
                    throw GantryException.invalid(param, "ingest item " + index + " (" + item.ref() + ") has line "
                            + item.line() + "; JSONL lines are numbered from 1");
                }
            }
            case INLINE -> {
                if (item.payload() == null || item.payload().isBlank()) {
                    throw GantryException.invalid(param, "inline ingest item " + index
                            + " has no payload; give the document as JSON with id and text");
                }
            }
        }
    }

    private static void requireRef(IngestItem item, int index, String param) {
        if (item.ref() == null || item.ref().isBlank()) {
            throw GantryException.invalid(param, item.kind() + " ingest item " + index
                    + " has no file path (ref); give the path of the file to ingest");
        }
    }

    private static void text(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) ps.setNull(index, Types.VARCHAR);
        else ps.setString(index, value);
    }
}
