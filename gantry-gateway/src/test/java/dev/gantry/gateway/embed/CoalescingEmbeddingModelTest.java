package dev.gantry.gateway.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.embed.EmbeddingModel;
import dev.gantry.core.embed.EmbeddingRequest;
import dev.gantry.core.embed.EmbeddingResponse;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CoalescingEmbeddingModelTest {
    /** Each vector is {length of its text}; usage is one token per character. */
    static final class Upstream implements EmbeddingModel {
        final List<List<String>> calls = new CopyOnWriteArrayList<>();
        volatile RuntimeException failure;

        @Override
        public String provider() {
            return "fake";
        }

        @Override
        public EmbeddingResponse embed(EmbeddingRequest r, CallOptions o) {
            calls.add(r.inputs());
            if (failure != null) throw failure;
            List<float[]> vectors = r.inputs().stream().map(t -> new float[] {t.length()}).toList();
            return new EmbeddingResponse(r.model(), vectors, Usage.of(r.inputs().stream().mapToInt(String::length).sum(), 0));
        }
    }

    private static EmbeddingRequest ask(String... texts) {
        return new EmbeddingRequest("m", List.of(texts), null, null, null, null);
    }

    private static List<Future<EmbeddingResponse>> concurrently(CoalescingEmbeddingModel model, List<EmbeddingRequest> requests) {
        var pool = Executors.newVirtualThreadPerTaskExecutor();
        List<Future<EmbeddingResponse>> out = new ArrayList<>();
        for (EmbeddingRequest r : requests) out.add(pool.submit(() -> model.embed(r, CallOptions.DEFAULT)));
        return out;
    }

    @Test
    void should_make_one_upstream_call_for_concurrent_requests_and_give_each_its_own_vectors_and_usage()
            throws Exception {
        Upstream upstream = new Upstream();
        CoalescingEmbeddingModel model = new CoalescingEmbeddingModel(upstream, Duration.ofMillis(300), 256);
        List<EmbeddingRequest> requests = new ArrayList<>();
        for (int i = 1; i <= 8; i++) requests.add(ask("x".repeat(i), "y".repeat(10 * i)));

        List<Future<EmbeddingResponse>> answers = concurrently(model, requests);

        long tokens = 0;
        for (int i = 0; i < 8; i++) {
            EmbeddingResponse r = answers.get(i).get();
            assertThat(r.vectors()).hasSize(2);
            assertThat(r.vectors().get(0)[0]).isEqualTo(i + 1);
            assertThat(r.vectors().get(1)[0]).isEqualTo(10 * (i + 1));
            tokens += r.usage().inputTokens();
        }
        assertThat(upstream.calls).hasSizeLessThanOrEqualTo(2); // one, unless a thread started after the window
        assertThat(tokens).isEqualTo(11 * 36); // the shares add up to what the upstream reported
    }

    @Test
    void should_send_a_full_batch_at_once_and_pass_a_large_request_straight_through() throws Exception {
        Upstream upstream = new Upstream();
        CoalescingEmbeddingModel model = new CoalescingEmbeddingModel(upstream, Duration.ofSeconds(30), 4);
        List<Future<EmbeddingResponse>> answers = concurrently(model, List.of(ask("a", "b"), ask("c", "d")));
        for (Future<EmbeddingResponse> f : answers) assertThat(f.get().vectors()).hasSize(2); // no 30 s wait: full

        assertThat(model.embed(ask("1", "2", "3", "4", "5"), CallOptions.DEFAULT).vectors()).hasSize(5);
        assertThat(upstream.calls.getLast()).hasSize(5);
    }

    @Test
    void should_give_every_caller_the_upstream_failure() {
        Upstream upstream = new Upstream();
        upstream.failure = new GantryException(ErrorKind.RATE_LIMITED, "slow down");
        CoalescingEmbeddingModel model = new CoalescingEmbeddingModel(upstream, Duration.ofMillis(100), 256);
        for (Future<EmbeddingResponse> f : concurrently(model, List.of(ask("a"), ask("b"), ask("c")))) {
            assertThatThrownBy(f::get).hasCauseInstanceOf(GantryException.class).hasMessageContaining("slow down");
        }
    }
}
