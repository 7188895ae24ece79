package dev.gantry.store.sqlite.internal;

import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.CollectionInfo;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Maps {@link CollectionInfo} to and from rows of the {@code rag_collections} table (columns in record order). */
public final class CollectionRows {
    public static final String COLUMNS = "name, embedding_model, dimensions, chunk_tokens, overlap_tokens, created_at";
    /** Inserts nothing when the name is taken; any other constraint still fails loudly. */
    public static final String INSERT = "INSERT INTO rag_collections (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (name) DO NOTHING";

    private CollectionRows() {
    }

    /** Fails before any write when a collection cannot be stored faithfully. */
    public static void validate(CollectionInfo c) {
        if (c == null) throw GantryException.invalid("collection", "collection is null; pass the collection to create");
        if (c.name() == null || c.name().isBlank()) {
            throw GantryException.invalid("name",
                    "collection name is empty; give the collection a name such as 'docs'");
        }
        String named = "collection '" + c.name() + "'";
        if (c.embeddingModel() == null || c.embeddingModel().isBlank()) {
            throw GantryException.invalid("embedding_model", named
                    + " has no embedding model; name one such as 'local/all-minilm-l6-v2-q'");
        }
        positive(c.dimensions(), "dimensions", named, "the embedding model's vector size, such as 384");
        positive(c.chunkTokens(), "chunk_tokens", named, "a chunk size in tokens, such as 512");
        if (c.overlapTokens() < 0) {
            throw GantryException.invalid("overlap_tokens", named + " has overlap_tokens " + c.overlapTokens()
                    + "; it must be zero or more");
        }
        if (c.createdAt() == null) {
            throw GantryException.invalid("created_at", named + " has no createdAt; set it to the creation instant");
        }
    }

    public static void bind(PreparedStatement ps, CollectionInfo c) throws SQLException {
        ps.setString(1, c.name());
        ps.setString(2, c.embeddingModel());
        ps.setInt(3, c.dimensions());
        ps.setInt(4, c.chunkTokens());
        ps.setInt(5, c.overlapTokens());
        ps.setLong(6, c.createdAt().toEpochMilli());
    }

    /** Reads a row selected with {@link #COLUMNS}; createdAt comes back to the millisecond. */
    public static CollectionInfo read(ResultSet rs) throws SQLException {
        return new CollectionInfo(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                Instant.ofEpochMilli(rs.getLong(6)));
    }

    private static void positive(int value, String field, String named, String example) {
        if (value <= 0) {
            throw GantryException.invalid(field, named + " has " + field + " " + value
                    + "; it must be positive: " + example);
        }
    }
}
