package dev.gantry.jobs.nats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.jobs.JobInfo;
import dev.gantry.core.jobs.JobState;
import java.io.IOException;
import java.time.Instant;

/**
 * A job's record in the KV bucket: what JetStream does not keep (state after the message is gone, attempts that
 * survive a retry, the last error, the lease token). Times are epoch microseconds. {@code generation} counts
 * admin retries: each republishes the job under a fresh {@code Nats-Msg-Id}. {@code leaseSeq} is the stream
 * sequence of the message that holds the lease, which tells a redelivery of it from a duplicate message.
 */
record JobRecord(String id, String queue, String dedupeKey, String payload, JobState state, int attempts,
                 int maxAttempts, long createdAt, long updatedAt, long notBefore, String lastError,
                 String leaseToken, long leaseExpiresAt, int generation, long leaseSeq) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    static JobRecord parse(byte[] json) {
        try {
            return JSON.readValue(json, JobRecord.class);
        } catch (IOException e) {
            throw new IllegalStateException("a job record in the KV bucket is not valid JSON; it was not written by "
                    + "Gantry or is corrupt", e);
        }
    }

    byte[] json() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write job record " + id, e);
        }
    }

    JobInfo info() {
        return new JobInfo(id, queue, dedupeKey, payload, state, attempts, maxAttempts, instant(createdAt),
                instant(updatedAt), instant(notBefore), lastError);
    }

    String messageId() {
        return id + ":" + generation;
    }

    boolean leasedTo(String token) {
        return state == JobState.RUNNING && token.equals(leaseToken);
    }

    JobRecord leased(String token, long expiresAt, long now, long messageSeq) {
        return new JobRecord(id, queue, dedupeKey, payload, JobState.RUNNING, attempts + 1, maxAttempts, createdAt,
                now, notBefore, lastError, token, expiresAt, generation, messageSeq);
    }

    /** A message other than the lease holder's while that lease runs: a duplicate publish, to drop. */
    boolean heldByAnother(long messageSeq, long now) {
        return state == JobState.RUNNING && leaseExpiresAt > now && leaseSeq != messageSeq;
    }

    JobRecord renewed(long expiresAt, long now) {
        return new JobRecord(id, queue, dedupeKey, payload, state, attempts, maxAttempts, createdAt, now, notBefore,
                lastError, leaseToken, expiresAt, generation, leaseSeq);
    }

    JobRecord settled(JobState to, long now, long due, String error) {
        return new JobRecord(id, queue, dedupeKey, payload, to, attempts, maxAttempts, createdAt, now, due, error,
                null, 0, generation, 0);
    }

    JobRecord requeued(long now) {
        return new JobRecord(id, queue, dedupeKey, payload, JobState.QUEUED, 0, maxAttempts, createdAt, now, now,
                lastError, null, 0, generation + 1, 0);
    }

    static long micros(Instant t) {
        return t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
    }

    static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }
}
