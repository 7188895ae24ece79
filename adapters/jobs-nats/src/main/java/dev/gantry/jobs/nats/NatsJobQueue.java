package dev.gantry.jobs.nats;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.jobs.JobFilter;
import dev.gantry.core.jobs.JobInfo;
import dev.gantry.core.jobs.JobLease;
import dev.gantry.core.jobs.JobQueue;
import dev.gantry.core.jobs.JobRequest;
import dev.gantry.core.jobs.JobState;
import dev.gantry.jobs.nats.RecordStore.Entry;
import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The {@link JobQueue} on NATS JetStream. Delivery: one work-queue stream ({@code <prefix>_JOBS}) with a durable
 * pull consumer per queue; a message carries only the job id. State: one record per job in the KV bucket
 * {@code <prefix>_JOB_RECORDS}, changed by compare-and-set, which holds what JetStream forgets once a message is
 * acked (finished and dead jobs, attempts, last error, the lease token) and makes find, list, counts and retry
 * possible. A dedupe key is bound to its job in the bucket for good; {@code Nats-Msg-Id} (job id and retry
 * generation) also makes a re-sent publish a no-op within the stream's duplicate window.
 *
 * <p>A lease is the KV record's token and expiry; the consumer's ack wait is only the crash window: while the
 * lease runs, {@link LeaseKeeper} reports progress, so a job is redelivered within one ack wait after its lease
 * ends or its process dies. Retries use {@code nakWithDelay}; dead letters are {@code term}ed (attempts are
 * counted in the record, not with max deliveries, because deferring a not-yet-due job also counts as a
 * delivery). The caller closes the queue, which closes its connection.
 */
public final class NatsJobQueue implements JobQueue {
    private final Connection nats;
    private final Names names;
    private final RecordStore records;
    private final JobStream stream;
    private final LeaseKeeper keeper;
    private final Clock clock;

    private NatsJobQueue(Connection nats, Names names, Duration ackWait, Clock clock)
            throws IOException, JetStreamApiException {
        this.nats = nats;
        this.names = names;
        this.clock = clock;
        this.stream = new JobStream(nats, names, ackWait);
        this.records = new RecordStore(stream.bucket());
        this.keeper = new LeaseKeeper(ackWait);
    }

    /**
     * Connects to {@code url} and creates the stream and bucket when absent.
     *
     * @param ackWait how long a crashed worker's job waits before redelivery (e.g. 30s)
     */
    public static NatsJobQueue connect(String url, String streamPrefix, Duration ackWait) {
        Names names = new Names(streamPrefix);
        Connection nats = null;
        try {
            nats = Nats.connect(new Options.Builder().server(url).connectionName("gantry-jobs")
                    .maxReconnects(-1).build());
            return new NatsJobQueue(nats, names, ackWait, Clock.systemUTC());
        } catch (IOException | JetStreamApiException e) {
            closeQuietly(nats);
            throw failure("could not set up the job stream on NATS at " + url + "; check the server runs with "
                    + "JetStream enabled (nats-server -js) and the URL", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(nats);
            throw failure("interrupted while connecting to NATS at " + url, e);
        }
    }

    @Override
    public JobInfo enqueue(JobRequest request) {
        long now = now();
        long due = request.notBefore() == null ? now : JobRecord.micros(request.notBefore());
        JobRecord record = new JobRecord(UUID.randomUUID().toString(), request.queue(), request.dedupeKey(),
                request.payload(), JobState.QUEUED, 0, request.maxAttempts(), now, now, due, null, null, 0, 0, 0);
        return call("enqueue a job in queue '" + request.queue() + "'", () -> {
            records.create(record);
            if (request.dedupeKey() != null) {
                Optional<String> known = records.bindDedupe(request.queue(), request.dedupeKey(), record.id());
                if (known.isPresent()) {
                    records.delete(record.id());
                    return republishIfQueued(awaitRecord(known.get())).info();
                }
            }
            stream.publish(record);
            return record.info();
        });
    }

    @Override
    public List<JobLease> claim(String queue, int max, Duration lease) {
        if (max < 1) throw GantryException.invalid("max", "max is " + max + "; it must be 1 or more");
        return call("claim jobs of queue '" + queue + "'", () -> new Claim(this, queue, max, lease).run());
    }

    @Override
    public Optional<JobLease> extend(JobLease lease, Duration duration) {
        return call("extend the lease of job '" + lease.job().id() + "'", () -> {
            long expires = now() + duration.toNanos() / 1_000;
            Optional<Entry> changed = change(lease, r -> r.renewed(expires, now()));
            changed.ifPresent(e -> keeper.renew(lease.token(), expires));
            return changed.map(e -> new JobLease(lease.job(), lease.token(), JobRecord.instant(expires)));
        });
    }

    @Override
    public boolean complete(JobLease lease) {
        return call("complete job '" + lease.job().id() + "'", () -> {
            boolean done = change(lease, r -> r.settled(JobState.SUCCEEDED, now(), r.notBefore(), r.lastError()))
                    .isPresent();
            if (done) keeper.release(lease.token()).ifPresent(Message::ack);
            return done;
        });
    }

    @Override
    public boolean fail(JobLease lease, String error, Duration retryDelay, boolean permanent) {
        return call("record a failed attempt of job '" + lease.job().id() + "'", () -> {
            long due = now() + retryDelay.toNanos() / 1_000;
            Optional<Entry> changed = change(lease, r -> r.settled(
                    permanent || r.attempts() >= r.maxAttempts() ? JobState.DEAD : JobState.QUEUED, now(), due, error));
            if (changed.isEmpty()) return false;
            Optional<Message> message = keeper.release(lease.token());
            if (changed.get().record().state() == JobState.DEAD) message.ifPresent(Message::term);
            else message.ifPresent(m -> nakAfter(m, retryDelay));
            return true;
        });
    }

    @Override
    public Optional<JobInfo> find(String id) {
        return call("look up job '" + id + "'", () -> records.get(id).map(e -> e.record().info()));
    }

    @Override
    public List<JobInfo> list(JobFilter filter) {
        if (filter.limit() < 1) {
            throw GantryException.invalid("limit", "limit is " + filter.limit() + "; it must be 1 or more");
        }
        return call("list jobs", () -> records.all().stream()
                .filter(r -> filter.queue() == null || filter.queue().equals(r.queue()))
                .filter(r -> filter.state() == null || filter.state() == r.state())
                .sorted(Comparator.comparingLong(JobRecord::createdAt).reversed())
                .limit(filter.limit()).map(JobRecord::info).toList());
    }

    @Override
    public Map<String, Map<JobState, Long>> counts() {
        return call("count jobs", () -> {
            Map<String, Map<JobState, Long>> counts = new TreeMap<>();
            for (JobRecord r : records.all()) {
                counts.computeIfAbsent(r.queue(), q -> new LinkedHashMap<>()).merge(r.state(), 1L, Long::sum);
            }
            return counts;
        });
    }

    @Override
    public boolean retry(String id) {
        return call("retry job '" + id + "'", () -> {
            for (int tries = 0; tries < Claim.CAS_TRIES; tries++) {
                Optional<Entry> entry = records.get(id);
                if (entry.isEmpty() || entry.get().record().state() != JobState.DEAD) return false;
                JobRecord requeued = entry.get().record().requeued(now());
                if (records.update(requeued, entry.get().revision())) {
                    stream.publish(requeued);
                    return true;
                }
            }
            throw failure("job '" + id + "' kept changing while it was being retried; try again", null);
        });
    }

    /**
     * Publishes every queued job's message again, so a job whose enqueuer died before publishing is delivered
     * (run once at server start). Safe for jobs whose message exists: the stream drops a re-sent
     * {@code Nats-Msg-Id} within its duplicate window, and a later duplicate is acked away at claim time.
     *
     * @return how many queued jobs were published again
     */
    public int republishQueued() {
        return call("publish the queued jobs again", () -> {
            int published = 0;
            for (JobRecord r : records.all()) {
                if (r.state() != JobState.QUEUED) continue;
                stream.publish(r);
                published++;
            }
            return published;
        });
    }

    @Override
    public void close() {
        keeper.close();
        closeQuietly(nats);
    }

    // --- for Claim

    RecordStore records() {
        return records;
    }

    JobStream stream() {
        return stream;
    }

    LeaseKeeper keeper() {
        return keeper;
    }

    long now() {
        return JobRecord.micros(clock.instant());
    }

    static void nakAfter(Message m, Duration delay) {
        if (delay.isZero() || delay.isNegative()) m.nak();
        else m.nakWithDelay(delay);
    }

    /** Applies {@code change} to the record while {@code lease} still holds it; empty for a stale lease. */
    private Optional<Entry> change(JobLease lease, UnaryOperator<JobRecord> change)
            throws IOException, JetStreamApiException {
        for (int tries = 0; tries < Claim.CAS_TRIES; tries++) {
            Optional<Entry> entry = records.get(lease.job().id());
            if (entry.isEmpty() || !entry.get().record().leasedTo(lease.token())) return Optional.empty();
            JobRecord next = change.apply(entry.get().record());
            if (records.update(next, entry.get().revision())) return Optional.of(new Entry(next, 0));
        }
        return Optional.empty();
    }

    /**
     * A queued job's message may never have been published (its enqueuer died after binding the key), so an
     * enqueue that finds it publishes again: under the same {@code Nats-Msg-Id} the stream drops it within the
     * duplicate window, and after it a second message is dropped at claim time ({@link Claim}).
     */
    private JobRecord republishIfQueued(JobRecord known) throws IOException, JetStreamApiException {
        if (known.state() == JobState.QUEUED) stream.publish(known);
        return known;
    }

    /** The record a dedupe key points to; its creator writes it before binding the key, so it exists. */
    private JobRecord awaitRecord(String id) throws IOException, JetStreamApiException {
        return records.get(id).map(Entry::record).orElseThrow(() -> failure("job '" + id + "' bound to the dedupe "
                + "key has no record; the bucket was edited by hand", null));
    }

    @FunctionalInterface
    interface NatsCall<T> {
        T run() throws IOException, JetStreamApiException, InterruptedException;
    }

    private static <T> T call(String what, NatsCall<T> work) {
        try {
            return work.run();
        } catch (IOException | JetStreamApiException e) {
            throw failure("could not " + what + " on NATS; check the server is reachable and JetStream enabled", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("interrupted while trying to " + what + " on NATS", e);
        }
    }

    private static void closeQuietly(Connection nats) {
        if (nats == null) return;
        try {
            nats.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static GantryException failure(String message, Throwable cause) {
        return new GantryException(ErrorKind.INTERNAL, message, cause);
    }
}
