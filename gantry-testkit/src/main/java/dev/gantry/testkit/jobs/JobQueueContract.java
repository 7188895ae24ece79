package dev.gantry.testkit.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.jobs.JobFilter;
import dev.gantry.core.jobs.JobInfo;
import dev.gantry.core.jobs.JobLease;
import dev.gantry.core.jobs.JobQueue;
import dev.gantry.core.jobs.JobRequest;
import dev.gantry.core.jobs.JobState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link JobQueue} adapter passes, through the port only, on real time: lease expiry is
 * awaited by polling (never a sleep or a timing threshold), and delays that must not elapse are an hour long.
 * Each test works in queues of its own name, so an adapter may keep state between tests.
 */
public abstract class JobQueueContract {
    /** Long enough that no test outlives it: a claim with it is never redelivered during a test. */
    protected static final Duration LONG = Duration.ofMinutes(10);

    protected JobQueue queue;
    protected final String name = "q" + UUID.randomUUID().toString().substring(0, 8);

    /** A queue over fresh or shared storage; each test uses its own queue names. */
    protected abstract JobQueue openQueue();

    /** Closes {@link #queue}'s storage and opens it again, as a restarted process would. */
    protected abstract JobQueue reopenQueue();

    /** Releases the storage; called after each test. */
    protected abstract void closeQueue();

    /** The shortest lease the adapter honours; lease-expiry tests wait about this long. */
    protected Duration shortLease() {
        return Duration.ofMillis(300);
    }

    @BeforeEach
    protected void open() {
        queue = openQueue();
    }

    @AfterEach
    protected void close() {
        closeQueue();
    }

    @Test
    protected void should_enqueue_claim_and_complete_a_job() {
        JobInfo queued = queue.enqueue(JobRequest.of(name, null, "{\"n\":1}"));

        assertThat(queued.state()).isEqualTo(JobState.QUEUED);
        assertThat(queued.attempts()).isZero();
        assertThat(queued.maxAttempts()).isEqualTo(5);
        List<JobLease> leases = queue.claim(name, 10, LONG);
        assertThat(leases).hasSize(1);
        JobLease lease = leases.getFirst();
        assertThat(lease.job().id()).isEqualTo(queued.id());
        assertThat(lease.job().payload()).isEqualTo("{\"n\":1}");
        assertThat(lease.job().state()).isEqualTo(JobState.RUNNING);
        assertThat(lease.job().attempts()).isEqualTo(1);
        assertThat(lease.expiresAt()).isAfter(Instant.now().plus(LONG).minusSeconds(60));
        assertThat(queue.find(queued.id()).orElseThrow().state()).isEqualTo(JobState.RUNNING);

        assertThat(queue.complete(lease)).isTrue();
        assertThat(queue.find(queued.id()).orElseThrow().state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(queue.claim(name, 10, LONG)).isEmpty();
        assertThat(queue.complete(lease)).as("a finished job completes once").isFalse();
    }

    @Test
    protected void should_claim_nothing_from_an_empty_or_unknown_queue() {
        assertThat(queue.claim(name, 5, LONG)).isEmpty();
        assertThat(queue.find(UUID.randomUUID().toString())).isEmpty();
    }

    @Test
    protected void should_claim_the_oldest_jobs_first_and_at_most_max() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) ids.add(queue.enqueue(JobRequest.of(name, null, "{\"n\":" + i + "}")).id());

        List<JobLease> first = queue.claim(name, 3, LONG);
        List<JobLease> rest = queue.claim(name, 10, LONG);

        assertThat(first).extracting(l -> l.job().id()).containsExactlyElementsOf(ids.subList(0, 3));
        assertThat(rest).extracting(l -> l.job().id()).containsExactlyElementsOf(ids.subList(3, 5));
    }

    @Test
    protected void should_return_the_known_job_for_a_repeated_dedupe_key() {
        JobInfo first = queue.enqueue(JobRequest.of(name, "msg-42", "{\"v\":1}"));
        JobInfo again = queue.enqueue(JobRequest.of(name, "msg-42", "{\"v\":2}"));
        JobInfo otherQueue = queue.enqueue(JobRequest.of(name + "-other", "msg-42", "{\"v\":3}"));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.payload()).isEqualTo("{\"v\":1}");
        assertThat(otherQueue.id()).isNotEqualTo(first.id());
        assertThat(queue.claim(name, 10, LONG)).hasSize(1);
    }

    @Test
    protected void should_keep_deduplicating_after_the_job_finished() {
        JobInfo first = queue.enqueue(JobRequest.of(name, "once", "{}"));
        queue.complete(queue.claim(name, 1, LONG).getFirst());

        JobInfo again = queue.enqueue(JobRequest.of(name, "once", "{}"));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(queue.claim(name, 10, LONG)).isEmpty();
    }

    @Test
    protected void should_redeliver_a_job_whose_lease_expired() {
        JobInfo job = queue.enqueue(JobRequest.of(name, null, "{}"));
        JobLease first = queue.claim(name, 1, shortLease()).getFirst();

        JobLease second = awaitClaim(name, shortLease());

        assertThat(second.job().id()).isEqualTo(job.id());
        assertThat(second.job().attempts()).isEqualTo(2);
        assertThat(second.token()).isNotEqualTo(first.token());
    }

    @Test
    protected void should_not_let_a_stale_lease_finish_a_redelivered_job() {
        queue.enqueue(JobRequest.of(name, null, "{}"));
        JobLease stale = queue.claim(name, 1, shortLease()).getFirst();
        JobLease current = awaitClaim(name, shortLease());

        assertThat(queue.complete(stale)).isFalse();
        assertThat(queue.fail(stale, "late", Duration.ZERO, true)).isFalse();
        assertThat(queue.extend(stale, LONG)).isEmpty();
        assertThat(queue.find(current.job().id()).orElseThrow().state()).isEqualTo(JobState.RUNNING);
        assertThat(queue.complete(current)).isTrue();
        assertThat(queue.find(current.job().id()).orElseThrow().state()).isEqualTo(JobState.SUCCEEDED);
    }

    @Test
    protected void should_dead_letter_a_job_whose_last_lease_expired() {
        JobInfo job = queue.enqueue(new JobRequest(name, null, "{}", 1, null));
        queue.claim(name, 1, shortLease());

        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (queue.find(job.id()).orElseThrow().state() != JobState.DEAD && System.nanoTime() < deadline) {
            assertThat(queue.claim(name, 1, shortLease())).as("no delivery beyond maxAttempts").isEmpty();
            pause();
        }

        JobInfo dead = queue.find(job.id()).orElseThrow();
        assertThat(dead.state()).isEqualTo(JobState.DEAD);
        assertThat(dead.attempts()).isEqualTo(1);
        assertThat(dead.lastError()).contains("lease expired");
    }

    @Test
    protected void should_extend_a_held_lease() {
        queue.enqueue(JobRequest.of(name, null, "{}"));
        JobLease lease = queue.claim(name, 1, LONG).getFirst();

        JobLease extended = queue.extend(lease, LONG).orElseThrow();

        assertThat(extended.token()).isEqualTo(lease.token());
        assertThat(extended.expiresAt()).isAfterOrEqualTo(lease.expiresAt());
        assertThat(queue.claim(name, 1, LONG)).isEmpty();
        assertThat(queue.complete(extended)).isTrue();
    }

    @Test
    protected void should_retry_a_failed_job_after_its_delay() {
        JobInfo job = queue.enqueue(JobRequest.of(name, null, "{}"));
        JobLease lease = queue.claim(name, 1, LONG).getFirst();

        assertThat(queue.fail(lease, "upstream 503", Duration.ofHours(1), false)).isTrue();

        JobInfo waiting = queue.find(job.id()).orElseThrow();
        assertThat(waiting.state()).isEqualTo(JobState.QUEUED);
        assertThat(waiting.lastError()).isEqualTo("upstream 503");
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.notBefore()).isAfter(Instant.now().plus(Duration.ofMinutes(50)));
        assertThat(queue.claim(name, 1, LONG)).as("not due for an hour").isEmpty();
    }

    @Test
    protected void should_dead_letter_a_job_after_max_attempts() {
        JobInfo job = queue.enqueue(new JobRequest(name, null, "{}", 3, null));

        for (int attempt = 1; attempt <= 3; attempt++) {
            JobLease lease = awaitClaim(name);
            assertThat(lease.job().attempts()).isEqualTo(attempt);
            assertThat(queue.fail(lease, "failure " + attempt, Duration.ZERO, false)).isTrue();
        }

        JobInfo dead = queue.find(job.id()).orElseThrow();
        assertThat(dead.state()).isEqualTo(JobState.DEAD);
        assertThat(dead.attempts()).isEqualTo(3);
        assertThat(dead.lastError()).isEqualTo("failure 3");
        assertThat(queue.claim(name, 1, LONG)).isEmpty();
    }

    @Test
    protected void should_dead_letter_a_permanent_failure_at_once() {
        JobInfo job = queue.enqueue(JobRequest.of(name, null, "not json"));
        JobLease lease = queue.claim(name, 1, LONG).getFirst();

        assertThat(queue.fail(lease, "payload is not JSON", Duration.ZERO, true)).isTrue();

        JobInfo dead = queue.find(job.id()).orElseThrow();
        assertThat(dead.state()).isEqualTo(JobState.DEAD);
        assertThat(dead.attempts()).isEqualTo(1);
        assertThat(dead.lastError()).isEqualTo("payload is not JSON");
        assertThat(queue.claim(name, 1, LONG)).isEmpty();
    }

    @Test
    protected void should_put_a_dead_job_back_with_fresh_attempts() {
        JobInfo job = queue.enqueue(new JobRequest(name, null, "{}", 1, null));
        queue.fail(queue.claim(name, 1, LONG).getFirst(), "boom", Duration.ZERO, false);

        assertThat(queue.retry(job.id())).isTrue();

        JobInfo requeued = queue.find(job.id()).orElseThrow();
        assertThat(requeued.state()).isEqualTo(JobState.QUEUED);
        assertThat(requeued.attempts()).isZero();
        JobLease lease = awaitClaim(name);
        assertThat(lease.job().id()).isEqualTo(job.id());
        assertThat(lease.job().attempts()).isEqualTo(1);
        assertThat(queue.complete(lease)).isTrue();
    }

    @Test
    protected void should_refuse_to_retry_a_job_that_is_not_dead() {
        JobInfo job = queue.enqueue(JobRequest.of(name, null, "{}"));

        assertThat(queue.retry(job.id())).isFalse();
        assertThat(queue.retry(UUID.randomUUID().toString())).isFalse();
        assertThat(queue.find(job.id()).orElseThrow().state()).isEqualTo(JobState.QUEUED);
    }

    @Test
    protected void should_honour_not_before() {
        JobInfo later = queue.enqueue(new JobRequest(name, null, "{\"when\":\"later\"}", 5,
                Instant.now().plus(Duration.ofHours(1))));
        JobInfo now = queue.enqueue(new JobRequest(name, null, "{\"when\":\"now\"}", 5,
                Instant.now().minusSeconds(1)));

        List<JobLease> claimed = queue.claim(name, 10, LONG);

        assertThat(claimed).extracting(l -> l.job().id()).containsExactly(now.id());
        assertThat(queue.find(later.id()).orElseThrow().state()).isEqualTo(JobState.QUEUED);
    }

    @Test
    protected void should_list_newest_first_filtered_by_queue_and_state() {
        String other = name + "-other";
        JobInfo a = queue.enqueue(JobRequest.of(name, null, "{\"n\":\"a\"}"));
        JobInfo b = queue.enqueue(JobRequest.of(name, null, "{\"n\":\"b\"}"));
        JobInfo c = queue.enqueue(JobRequest.of(other, null, "{\"n\":\"c\"}"));
        JobLease leaseA = queue.claim(name, 1, LONG).getFirst();
        queue.complete(leaseA);

        assertThat(queue.list(new JobFilter(name, null, 10))).extracting(JobInfo::id).containsExactly(b.id(), a.id());
        assertThat(queue.list(new JobFilter(name, null, 1))).extracting(JobInfo::id).containsExactly(b.id());
        assertThat(queue.list(new JobFilter(name, JobState.SUCCEEDED, 10))).extracting(JobInfo::id)
                .containsExactly(a.id());
        assertThat(queue.list(new JobFilter(other, JobState.QUEUED, 10))).extracting(JobInfo::id)
                .containsExactly(c.id());
        assertThat(queue.list(new JobFilter(null, null, 100))).extracting(JobInfo::id)
                .contains(a.id(), b.id(), c.id());
    }

    @Test
    protected void should_count_jobs_per_queue_and_state() {
        String other = name + "-other";
        queue.enqueue(JobRequest.of(name, null, "{}"));
        queue.enqueue(JobRequest.of(name, null, "{}"));
        queue.enqueue(new JobRequest(name, null, "{}", 1, null));
        queue.enqueue(JobRequest.of(other, null, "{}"));
        List<JobLease> leases = queue.claim(name, 3, LONG);
        queue.complete(leases.get(0));
        queue.fail(leases.get(2), "boom", Duration.ZERO, false);

        Map<String, Map<JobState, Long>> counts = queue.counts();

        assertThat(counts.get(name)).containsEntry(JobState.SUCCEEDED, 1L).containsEntry(JobState.RUNNING, 1L)
                .containsEntry(JobState.DEAD, 1L).doesNotContainKey(JobState.QUEUED);
        assertThat(counts.get(other)).containsExactlyEntriesOf(Map.of(JobState.QUEUED, 1L));
    }

    @Test
    protected void should_never_give_one_job_to_two_concurrent_claimers() throws Exception {
        int jobs = 120;
        Set<String> enqueued = new HashSet<>();
        for (int i = 0; i < jobs; i++) enqueued.add(queue.enqueue(JobRequest.of(name, null, "{\"n\":" + i + "}")).id());
        Map<String, Integer> claims = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> claimers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                claimers.add(pool.submit(() -> {
                    start.await();
                    for (List<JobLease> got = queue.claim(name, 7, LONG); !got.isEmpty();
                         got = queue.claim(name, 7, LONG)) {
                        got.forEach(l -> claims.merge(l.job().id(), 1, Integer::sum));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : claimers) f.get();
        }

        assertThat(claims.keySet()).isEqualTo(enqueued);
        assertThat(claims.values()).allMatch(n -> n == 1);
    }

    @Test
    protected void should_keep_jobs_across_a_restart() {
        JobInfo done = queue.enqueue(JobRequest.of(name, "kept", "{\"n\":1}"));
        JobInfo waiting = queue.enqueue(JobRequest.of(name, null, "{\"n\":2}"));
        queue.complete(queue.claim(name, 1, LONG).getFirst());

        queue = reopenQueue();

        assertThat(queue.find(done.id()).orElseThrow().state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(queue.enqueue(JobRequest.of(name, "kept", "{}")).id()).isEqualTo(done.id());
        JobLease lease = awaitClaim(name);
        assertThat(lease.job().id()).isEqualTo(waiting.id());
        assertThat(lease.job().payload()).isEqualTo("{\"n\":2}");
    }

    /** Claims one job of {@code queue} with a long lease, polling until one is due (fails after a minute). */
    protected JobLease awaitClaim(String queueName) {
        return awaitClaim(queueName, LONG);
    }

    /**
     * Claims one job with {@code lease}, polling until one is due (fails after a minute). Lease-expiry tests
     * claim with the short lease throughout: a broker may size its redelivery timer per queue.
     */
    protected JobLease awaitClaim(String queueName, Duration lease) {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            List<JobLease> got = queue.claim(queueName, 1, lease);
            if (!got.isEmpty()) return got.getFirst();
            pause();
        }
        throw new AssertionError("no job of queue " + queueName + " became due within a minute");
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a job", e);
        }
    }
}
