package dev.gantry.rag.ingest;

import dev.gantry.core.rag.IngestItem;

/** What became of one ingest item; {@code error} is a message fit for the user (names the file or line). */
record ItemOutcome(IngestItem item, IngestItem.State state, String documentId, int chunks, String error) {
    IngestItem settled() {
        return new IngestItem(item.jobId(), item.seq(), item.kind(), item.ref(), item.line(), item.payload(), state, error);
    }
}
