package dev.gantry.core.rag;

/**
 * One document to ingest within a job.
 *
 * @param kind    FILE: {@code ref} is a file path; JSONL_LINE: line {@code line} (from 1) of the JSONL file {@code ref};
 *                INLINE: {@code payload} is the document as JSON ({@code id}, {@code text}, {@code title}, {@code metadata})
 * @param error   why it failed (a clear message naming the file or line), null otherwise
 */
public record IngestItem(String jobId, int seq, Kind kind, String ref, int line, String payload, State state,
                         String error) {
    public enum Kind { FILE, JSONL_LINE, INLINE }

    public enum State { PENDING, DONE, SKIPPED, FAILED }

    public static IngestItem file(String path) {
        return new IngestItem(null, 0, Kind.FILE, path, 0, null, State.PENDING, null);
    }

    public static IngestItem jsonlLine(String path, int line) {
        return new IngestItem(null, 0, Kind.JSONL_LINE, path, line, null, State.PENDING, null);
    }

    public static IngestItem inline(String json) {
        return new IngestItem(null, 0, Kind.INLINE, null, 0, json, State.PENDING, null);
    }

    /** Names the item in messages: the file, the file and line, or the inline item's position. */
    public String describe() {
        return switch (kind) {
            case FILE -> ref;
            case JSONL_LINE -> ref + ":" + line;
            case INLINE -> "item " + (seq + 1);
        };
    }
}
