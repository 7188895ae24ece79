package dev.gantry.testkit.rag;

import static dev.gantry.testkit.rag.IndexFixtures.document;

import dev.gantry.core.rag.Filter;
import dev.gantry.core.rag.Filter.Condition;
import dev.gantry.core.rag.Filter.Op;
import dev.gantry.core.rag.ScoredChunk;
import dev.gantry.core.rag.VectorIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One writer replaces document "live" version after version (each version has a different number of chunks,
 * every chunk tagged with its version) while another thread commits at arbitrary moments and readers search it
 * by text and by vector. Every search must see exactly one whole version: all of its chunks, and nothing of any
 * other version. Documents not being replaced must stay visible throughout.
 */
final class ConcurrentReplaceCheck {
    static final String LIVE_WORD = "livetoken";
    static final String STEADY_WORD = "steady";
    static final int STEADY_DOCS = 3;
    private static final Filter LIVE_ONLY = new Filter(List.of(new Condition("doc", Op.EQ, List.of("live"))));
    private static final float[] QUERY = {0, 0, 1, 0};

    private final VectorIndex index;
    private final int versions;
    private final Queue<String> violations = new ConcurrentLinkedQueue<>();
    private final AtomicLong checks = new AtomicLong();
    private final AtomicBoolean writing = new AtomicBoolean(true);

    ConcurrentReplaceCheck(VectorIndex index, int versions) {
        this.index = index;
        this.versions = versions;
    }

    static int chunkCount(int version) {
        return 1 + version % 4;
    }

    /** Runs writer and readers to the end; returns what the readers saw wrong (empty when all was whole). */
    List<String> run(int readers) throws Exception {
        seed();
        ExecutorService pool = Executors.newFixedThreadPool(readers + 2);
        try {
            CountDownLatch readersStarted = new CountDownLatch(readers);
            List<Future<?>> tasks = new ArrayList<>();
            for (int r = 0; r < readers; r++) tasks.add(pool.submit(() -> read(readersStarted)));
            tasks.add(pool.submit(() -> write(readersStarted)));
            tasks.add(pool.submit(this::commitWhileWriting));
            for (Future<?> f : tasks) f.get(5, TimeUnit.MINUTES); // a hang guard, not a performance limit
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }
        return List.copyOf(violations);
    }

    long checks() {
        return checks.get();
    }

    private void seed() {
        for (int i = 0; i < STEADY_DOCS; i++) {
            document("steady-" + i).meta("doc", "steady").chunk(STEADY_WORD + " passage " + i, 1, 0, 0, 0)
                    .replaceIn(index);
        }
        replaceLive(0);
        index.commit();
    }

    private Void write(CountDownLatch readersStarted) throws InterruptedException {
        readersStarted.await();
        try {
            for (int v = 1; v <= versions; v++) replaceLive(v);
            index.commit();
        } finally {
            writing.set(false);
        }
        return null;
    }

    /** Commits land between any two steps of the writer, so a replace that is not atomic gets caught half done. */
    private Void commitWhileWriting() {
        while (writing.get()) index.commit();
        return null;
    }

    private void replaceLive(int version) {
        var doc = document("live").meta("doc", "live").meta("version", Integer.toString(version));
        for (int i = 0; i < chunkCount(version); i++) {
            doc.chunk(LIVE_WORD + " version " + version + " part " + i, 0, 0, 1, 0.1f * i);
        }
        doc.replaceIn(index);
    }

    private Void read(CountDownLatch started) {
        started.countDown();
        int rounds = 0;
        while (writing.get() || rounds < 3) {
            expectWhole("text search", index.searchText(LIVE_WORD, Filter.NONE, 50));
            expectWhole("vector search", index.searchVector(QUERY, LIVE_ONLY, 50));
            expectSteady(index.searchText(STEADY_WORD, Filter.NONE, 50));
            checks.incrementAndGet();
            rounds++;
        }
        return null;
    }

    private void expectWhole(String how, List<ScoredChunk> hits) {
        Set<String> seenVersions = hits.stream().map(h -> h.chunk().metadata().get("version"))
                .collect(Collectors.toCollection(TreeSet::new));
        if (seenVersions.isEmpty()) {
            violations.add(how + " saw no chunk of document 'live', which exists throughout");
            return;
        }
        if (seenVersions.size() > 1) {
            violations.add(how + " saw versions " + seenVersions + " of document 'live' at once");
            return;
        }
        int version = Integer.parseInt(seenVersions.iterator().next());
        List<Integer> ordinals = hits.stream().map(h -> h.chunk().ordinal()).sorted().toList();
        List<Integer> whole = IntStream.range(0, chunkCount(version)).boxed().toList();
        if (!ordinals.equals(whole)) {
            violations.add(how + " saw chunks " + ordinals + " of version " + version + ", which has " + whole);
        }
    }

    private void expectSteady(List<ScoredChunk> hits) {
        if (hits.size() != STEADY_DOCS) {
            violations.add("text search saw " + hits.size() + " of the " + STEADY_DOCS + " untouched documents");
        }
    }
}
