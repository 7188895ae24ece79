package dev.gantry.jobs.nats;

import io.nats.client.JetStreamApiException;
import io.nats.client.KeyValue;
import io.nats.client.api.KeyValueEntry;
import io.nats.client.api.KeyValueOperation;
import io.nats.client.api.KeyValueWatchOption;
import io.nats.client.api.KeyValueWatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Job records and dedupe keys in the KV bucket. Every change of a record is a compare-and-set on its revision,
 * so two processes settling the same job cannot both win.
 */
final class RecordStore {
    /** JetStream's "wrong last sequence": the key exists (create) or changed since it was read (update). */
    private static final int WRONG_LAST_SEQUENCE = 10071;
    private static final long SCAN_TIMEOUT_SECONDS = 30;

    record Entry(JobRecord record, long revision) {
    }

    private final KeyValue kv;

    RecordStore(KeyValue kv) {
        this.kv = kv;
    }

    Optional<Entry> get(String id) throws IOException, JetStreamApiException {
        KeyValueEntry e = kv.get(Names.jobKey(id));
        if (e == null || e.getOperation() != KeyValueOperation.PUT) return Optional.empty();
        return Optional.of(new Entry(JobRecord.parse(e.getValue()), e.getRevision()));
    }

    void create(JobRecord record) throws IOException, JetStreamApiException {
        kv.create(Names.jobKey(record.id()), record.json());
    }

    void delete(String id) throws IOException, JetStreamApiException {
        kv.delete(Names.jobKey(id));
    }

    /** False when the record changed since {@code revision} was read: re-read and decide again. */
    boolean update(JobRecord record, long revision) throws IOException, JetStreamApiException {
        try {
            kv.update(Names.jobKey(record.id()), record.json(), revision);
            return true;
        } catch (JetStreamApiException e) {
            if (e.getApiErrorCode() == WRONG_LAST_SEQUENCE) return false;
            throw e;
        }
    }

    /** Binds the dedupe key to {@code id}; returns the id it is already bound to, or empty when it was free. */
    Optional<String> bindDedupe(String queue, String dedupeKey, String id) throws IOException, JetStreamApiException {
        String key = Names.dedupeKey(queue, dedupeKey);
        try {
            kv.create(key, id.getBytes(StandardCharsets.UTF_8));
            return Optional.empty();
        } catch (JetStreamApiException e) {
            if (e.getApiErrorCode() != WRONG_LAST_SEQUENCE) throw e;
            KeyValueEntry bound = kv.get(key);
            return Optional.of(new String(bound.getValue(), StandardCharsets.UTF_8));
        }
    }

    /** Every job record: one pass over the bucket's latest values (a scan, so list and counts cost O(jobs)). */
    List<JobRecord> all() throws IOException, JetStreamApiException, InterruptedException {
        List<JobRecord> out = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        KeyValueWatcher watcher = new KeyValueWatcher() {
            @Override
            public void watch(KeyValueEntry e) {
                if (e.getOperation() == KeyValueOperation.PUT) out.add(JobRecord.parse(e.getValue()));
            }

            @Override
            public void endOfData() {
                done.countDown();
            }
        };
        var sub = kv.watch("job.>", watcher, KeyValueWatchOption.IGNORE_DELETE);
        try {
            if (!done.await(SCAN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException("reading the job records from the KV bucket took over "
                        + SCAN_TIMEOUT_SECONDS + "s; check the NATS server");
            }
        } finally {
            sub.unsubscribe();
        }
        return out; // endOfData came after every entry: the latch orders the watcher's writes before this read
    }
}
