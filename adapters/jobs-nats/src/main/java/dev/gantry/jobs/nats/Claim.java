package dev.gantry.jobs.nats;

import dev.gantry.core.jobs.JobLease;
import dev.gantry.core.jobs.JobState;
import dev.gantry.jobs.nats.RecordStore.Entry;
import io.nats.client.JetStreamApiException;
import io.nats.client.Message;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One claim: fetches the queue's available messages and decides for each from its job record. A due job is
 * leased (compare-and-set on the record, so a concurrent settlement wins or loses cleanly); a finished or dead
 * job's leftover message is acked away, and so is a duplicate message of a job another message's lease holds; a
 * job not yet due is nak'ed until it is; a job whose last lease expired on its last attempt is dead-lettered.
 */
final class Claim {
    static final int CAS_TRIES = 8;
    /** Fetch rounds per claim: deferred messages do not count, so a claim may fetch again for its {@code max}. */
    private static final int ROUNDS = 4;

    private final NatsJobQueue queue;
    private final String name;
    private final int max;
    private final Duration lease;
    private final List<JobLease> leased = new ArrayList<>();

    Claim(NatsJobQueue queue, String name, int max, Duration lease) {
        this.queue = queue;
        this.name = name;
        this.max = max;
        this.lease = lease;
    }

    List<JobLease> run() throws IOException, JetStreamApiException, InterruptedException {
        for (int round = 0; round < ROUNDS && leased.size() < max; round++) {
            List<Message> batch = queue.stream().fetch(name, max - leased.size());
            if (batch.isEmpty()) break;
            for (Message m : batch) decide(m);
        }
        return leased;
    }

    private void decide(Message m) throws IOException, JetStreamApiException {
        for (int tries = 0; tries < CAS_TRIES; tries++) {
            Optional<Entry> entry = queue.records().get(JobStream.jobId(m));
            if (entry.isEmpty()) {
                m.term(); // the record was deleted: nothing to run
                return;
            }
            if (settle(m, entry.get())) return;
        }
        m.nak(); // the record kept changing under us: let the next claim look again
    }

    /** @return false when the record changed meanwhile (decide again) */
    private boolean settle(Message m, Entry entry) throws IOException, JetStreamApiException {
        JobRecord r = entry.record();
        long now = queue.now();
        if (r.state() == JobState.SUCCEEDED || r.state() == JobState.DEAD) {
            m.ack();
            return true;
        }
        if (r.state() == JobState.QUEUED && r.notBefore() > now) {
            NatsJobQueue.nakAfter(m, Duration.ofNanos((r.notBefore() - now) * 1_000));
            return true;
        }
        if (r.state() == JobState.RUNNING && r.attempts() >= r.maxAttempts()) {
            JobRecord dead = r.settled(JobState.DEAD, now, r.notBefore(), "lease expired on the last of "
                    + r.maxAttempts() + " attempts (did the worker crash or hang?)");
            if (!queue.records().update(dead, entry.revision())) return false;
            m.term();
            return true;
        }
        long seq = m.metaData().streamSequence();
        if (r.heldByAnother(seq, now)) {
            m.ack(); // a duplicate publish of a job another delivery holds: that delivery settles it
            return true;
        }
        String token = UUID.randomUUID().toString();
        long expires = now + lease.toNanos() / 1_000;
        JobRecord running = r.leased(token, expires, now, seq);
        if (!queue.records().update(running, entry.revision())) return false;
        queue.keeper().hold(token, m, expires);
        leased.add(new JobLease(running.info(), token, JobRecord.instant(expires)));
        return true;
    }
}
