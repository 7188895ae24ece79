package dev.gantry.gateway.embed;

import dev.gantry.core.chat.Usage;
import dev.gantry.core.embed.EmbeddingRequest;
import dev.gantry.core.embed.EmbeddingResponse;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/** One coalesced call: the seats (each caller's slice of the inputs) and the shared answer. Thread-safe. */
final class EmbeddingBatch {
    private final EmbeddingRequest first;
    private final int maxInputs;
    private final List<String> inputs = new ArrayList<>();
    private final List<Seat> seats = new ArrayList<>();
    private final CountDownLatch full = new CountDownLatch(1);
    private final CompletableFuture<EmbeddingResponse> answer = new CompletableFuture<>();
    private boolean sent;

    /** A caller's place: its inputs are {@code [from, to)} of the batch; the leader makes the call. */
    record Seat(int from, int to, boolean leader, long chars) {
    }

    EmbeddingBatch(EmbeddingRequest first, int maxInputs) {
        this.first = first;
        this.maxInputs = maxInputs;
    }

    /** @return the caller's seat, or null when the batch was sent or has no room for these inputs */
    synchronized Seat join(List<String> texts) {
        if (sent || inputs.size() + texts.size() > maxInputs) return null;
        long chars = texts.stream().mapToLong(String::length).sum();
        Seat seat = new Seat(inputs.size(), inputs.size() + texts.size(), seats.isEmpty(), chars);
        inputs.addAll(texts);
        seats.add(seat);
        if (inputs.size() >= maxInputs) full.countDown();
        return seat;
    }

    void awaitFullOr(Duration window) {
        try {
            full.await(window.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Closes the batch to newcomers and makes the call with every seat's inputs. */
    void send(Function<List<String>, EmbeddingResponse> call) {
        List<String> all;
        synchronized (this) {
            sent = true;
            all = List.copyOf(inputs);
        }
        try {
            answer.complete(call.apply(all));
        } catch (RuntimeException e) {
            answer.completeExceptionally(e);
        }
    }

    EmbeddingRequest request(List<String> all) {
        return new EmbeddingRequest(first.model(), all, first.dimensions(), first.encodingFormat(), first.user(), first.extra());
    }

    /** The caller's vectors and its share of the usage (by characters; the shares add up to the whole). */
    EmbeddingResponse answer(Seat seat, Duration timeout) {
        EmbeddingResponse whole = await(timeout);
        return new EmbeddingResponse(whole.model(), whole.vectors().subList(seat.from(), seat.to()), share(whole.usage(), seat));
    }

    private synchronized Usage share(Usage total, Seat seat) {
        long allChars = seats.stream().mapToLong(Seat::chars).sum();
        boolean last = seats.getLast() == seat;
        long before = 0;
        for (Seat s : seats) {
            if (s == seat) break;
            before += portion(total.inputTokens(), s.chars(), allChars);
        }
        long input = last ? total.inputTokens() - before : portion(total.inputTokens(), seat.chars(), allChars);
        return Usage.of(input, 0);
    }

    private static long portion(long tokens, long chars, long allChars) {
        return allChars == 0 ? 0 : tokens * chars / allChars;
    }

    private EmbeddingResponse await(Duration timeout) {
        try {
            return answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new GantryException(ErrorKind.INTERNAL, "the batched embedding call failed", e.getCause());
        } catch (TimeoutException e) {
            throw new GantryException(ErrorKind.TIMEOUT, "the batched embedding call did not answer within "
                    + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GantryException(ErrorKind.CANCELLED, "cancelled while waiting for a batched embedding call");
        }
    }
}
