package dev.gantry.testkit.audit;

import dev.gantry.core.audit.AuditEvent;
import dev.gantry.core.audit.AuditLog;
import dev.gantry.core.audit.AuditRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Many threads appending to one log at once, released together so that their appends really interleave. */
final class ConcurrentAppends {
    private ConcurrentAppends() {
    }

    static List<AuditRecord> run(AuditLog log, int threads, int perThread) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<AuditRecord>>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                String actor = "thread-" + t;
                futures.add(pool.submit(() -> {
                    go.await();
                    return appendAll(log, actor, perThread);
                }));
            }
            go.countDown();
            List<AuditRecord> all = new ArrayList<>();
            for (Future<List<AuditRecord>> f : futures) all.addAll(f.get());
            return all;
        }
    }

    private static List<AuditRecord> appendAll(AuditLog log, String actor, int count) {
        List<AuditRecord> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(log.append(new AuditEvent(AuditEvent.ADMIN_ACTION, actor, "item-" + i, Map.of("i", Integer.toString(i)),
                    Instant.now())));
        }
        return out;
    }
}
