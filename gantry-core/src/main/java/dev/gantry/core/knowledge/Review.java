package dev.gantry.core.knowledge;

import java.time.Instant;
import java.util.Objects;

/** A reviewer's decision on a draft version: who, when, why. */
public record Review(VersionStatus decision, String reviewer, String reason, Instant at) {
    public Review {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(at, "at");
        if (decision == VersionStatus.DRAFT) throw new IllegalArgumentException("a review approves or rejects; DRAFT is not a decision");
        if (reviewer.isBlank()) throw new IllegalArgumentException("a review needs the reviewer's name");
    }
}
