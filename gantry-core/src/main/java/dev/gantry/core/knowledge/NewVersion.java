package dev.gantry.core.knowledge;

import java.time.Instant;
import java.util.List;

/** The content of a version to add as a draft. {@code vector} is the embedding of title and body, used for merging. */
public record NewVersion(AtomType type, long topicId, String title, String body, List<Long> sourceMessageIds,
                         String createdBy, Instant createdAt, float[] vector) {
    public NewVersion {
        sourceMessageIds = List.copyOf(sourceMessageIds);
    }
}
