package dev.gantry.rag.ingest;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.CollectionInfo;
import dev.gantry.core.rag.IngestItem;
import dev.gantry.core.rag.IngestJob;
import dev.gantry.core.rag.IngestJobStore;
import dev.gantry.core.rag.TextExtractor;
import dev.gantry.core.rag.VectorIndex;
import dev.gantry.rag.collection.RagCollections;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs ingest jobs in the background, one at a time (embedding uses every core already), in batches: read the
 * batch's items, index the documents, commit the index, then record the items as settled. A crash between the
 * commit and the record only means the batch is read again on resume, and finds its documents unchanged.
 */
public final class IngestJobs implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(IngestJobs.class.getName());

    private final RagCollections collections;
    private final IngestJobStore store;
    private final TextExtractor extractor;
    private final Chunking chunking;
    private final int batchSize;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gantry-ingest");
        t.setDaemon(true);
        return t;
    });
    private final Set<String> cancelled = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;

    public IngestJobs(RagCollections collections, IngestJobStore store, TextExtractor extractor, Chunking chunking,
                      int batchSize, Clock clock) {
        this.collections = collections;
        this.store = store;
        this.extractor = extractor;
        this.chunking = chunking;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /** Records the job with all its items, then queues it. */
    public IngestJob submit(String collection, List<IngestItem> items) {
        collections.get(collection);
        if (items.isEmpty()) throw GantryException.invalid("documents", "nothing to ingest: no documents, files or lines were given");
        IngestJob job = store.create(collection, items);
        worker.execute(() -> run(job.id()));
        return job;
    }

    /** Queues every job that was queued or running when the process last stopped. */
    public List<IngestJob> resumeUnfinished() {
        List<IngestJob> jobs = store.unfinished();
        for (IngestJob j : jobs) worker.execute(() -> run(j.id()));
        return jobs;
    }

    public Optional<IngestJob> get(String jobId) {
        return store.get(jobId);
    }

    public IngestJob require(String jobId) {
        return store.get(jobId).orElseThrow(() -> new GantryException(ErrorKind.NOT_FOUND, "ingest job '" + jobId + "' does not exist"));
    }

    public List<IngestJob> list(String collection, int limit) {
        return store.list(collection, limit);
    }

    public List<IngestItem> failures(String jobId, int limit) {
        return store.failures(jobId, limit);
    }

    /** Cancels the collection's unfinished jobs and forgets all its jobs (the collection is going away). */
    public void forgetCollection(String collection) {
        for (IngestJob j : store.list(collection, Integer.MAX_VALUE)) if (!j.finished()) cancel(j.id());
        store.deleteForCollection(collection);
    }

    /** Stops the job after its current batch; what was indexed stays. */
    public IngestJob cancel(String jobId) {
        IngestJob job = require(jobId);
        if (!job.finished()) {
            cancelled.add(jobId);
            store.setStatus(jobId, IngestJob.Status.CANCELLED);
        }
        return require(jobId);
    }

    /** Waits until the job has finished or {@code timeout} passed; returns its latest state. */
    public IngestJob await(String jobId, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        IngestJob job = require(jobId);
        while (!job.finished() && System.nanoTime() < end) {
            Thread.sleep(20);
            job = require(jobId);
        }
        return job;
    }

    private void run(String jobId) {
        IngestJob job = store.get(jobId).orElse(null);
        if (job == null || job.finished() || closing) return;
        try {
            CollectionInfo info = collections.get(job.collection());
            store.setStatus(jobId, IngestJob.Status.RUNNING);
            boolean complete = runBatches(jobId, info);
            if (complete) store.setStatus(jobId, finalStatus(require(jobId)));
        } catch (GantryException e) {
            LOG.log(Level.WARNING, "ingest job " + jobId + " stopped: " + e.getMessage());
            store.setStatus(jobId, IngestJob.Status.FAILED);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "ingest job " + jobId + " failed", e);
            store.setStatus(jobId, IngestJob.Status.FAILED);
        }
    }

    /** @return false when stopped early (cancel or shutdown) */
    private boolean runBatches(String jobId, CollectionInfo info) {
        VectorIndex index = collections.index(info);
        DocumentIngester ingester = new DocumentIngester(info, index, collections.embedder(info), chunking, clock);
        try (SourceReader reader = new SourceReader(extractor)) {
            int from = 0;
            while (true) {
                if (closing || cancelled.remove(jobId)) return false;
                List<IngestItem> items = store.pending(jobId, from, batchSize);
                if (items.isEmpty()) return true;
                List<ItemOutcome> outcomes = batch(items, reader, ingester);
                index.commit();
                store.mark(jobId, outcomes.stream().map(ItemOutcome::settled).toList());
                deleteUploads(items);
                from = items.get(items.size() - 1).seq() + 1;
            }
        }
    }

    private static List<ItemOutcome> batch(List<IngestItem> items, SourceReader reader, DocumentIngester ingester) {
        List<ItemOutcome> outcomes = new ArrayList<>();
        List<DocumentIngester.Ready> ready = new ArrayList<>();
        for (IngestItem item : items) {
            try {
                ready.add(new DocumentIngester.Ready(item, reader.read(item)));
            } catch (GantryException e) {
                outcomes.add(new ItemOutcome(item, IngestItem.State.FAILED, null, 0, e.getMessage()));
            }
        }
        outcomes.addAll(ingester.ingest(ready));
        return outcomes;
    }

    private static void deleteUploads(List<IngestItem> settled) {
        for (IngestItem i : settled) {
            if (!UploadInfo.isUpload(i)) continue;
            try {
                java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(i.ref()));
            } catch (java.io.IOException e) {
                LOG.log(Level.WARNING, "could not delete the uploaded file " + i.ref() + ": " + e.getMessage());
            }
        }
    }

    private static IngestJob.Status finalStatus(IngestJob job) {
        boolean allFailed = job.failed() > 0 && job.done() + job.skipped() == 0;
        return allFailed ? IngestJob.Status.FAILED : IngestJob.Status.SUCCEEDED;
    }

    /** Finishes the batch in progress and stops; unfinished jobs resume on the next start. */
    @Override
    public void close() {
        closing = true;
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) worker.shutdownNow();
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
