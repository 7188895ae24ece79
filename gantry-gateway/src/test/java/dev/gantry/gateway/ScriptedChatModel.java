package dev.gantry.gateway;

import dev.gantry.core.chat.CallOptions;
import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatModel;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.ChatStream;
import dev.gantry.core.chat.Choice;
import dev.gantry.core.chat.ChoiceDelta;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.ProviderException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory implementation of the ChatModel port for gateway tests: each call takes the next scripted
 * step (or answers "ok" when none is left). A test double of a port, not a mock of a gateway class.
 */
final class ScriptedChatModel implements ChatModel {
    sealed interface Step permits Answer, Fail, StreamFailAfter, Hang {}
    record Answer(String text, Usage usage) implements Step {}
    record Fail(ErrorKind kind, Duration retryAfter) implements Step {}
    record StreamFailAfter(int chunks, ErrorKind kind) implements Step {}
    record Hang() implements Step {}

    private final String name;
    private final ConcurrentLinkedQueue<Step> steps = new ConcurrentLinkedQueue<>();
    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger closed = new AtomicInteger();
    final List<ChatRequest> requests = java.util.Collections.synchronizedList(new ArrayList<>());
    volatile Usage defaultUsage = Usage.of(10, 5);

    ScriptedChatModel(String name) {
        this.name = name;
    }

    ScriptedChatModel then(Step s) {
        steps.add(s);
        return this;
    }

    static Fail fail(ErrorKind kind) {
        return new Fail(kind, null);
    }

    @Override
    public String provider() {
        return name;
    }

    private Step next(ChatRequest r) {
        calls.incrementAndGet();
        requests.add(r);
        Step s = steps.poll();
        return s == null ? new Answer("ok from " + name, defaultUsage) : s;
    }

    private ProviderException error(Fail f) {
        return new ProviderException(f.kind(), name, f.kind().httpStatus(), "scripted " + f.kind().code(), f.retryAfter(), null);
    }

    @Override
    public ChatResponse chat(ChatRequest request, CallOptions options) {
        Step s = next(request);
        if (s instanceof Fail f) throw error(f);
        Answer a = (Answer) s;
        return new ChatResponse("r1", request.model(), 0,
                List.of(new Choice(0, ChatMessage.assistant(a.text()), FinishReason.STOP, null)), a.usage(), null, null);
    }

    @Override
    public ChatStream stream(ChatRequest request, CallOptions options) {
        Step s = next(request);
        if (s instanceof Fail f) throw error(f);
        return new Stream(request, s);
    }

    private final class Stream implements ChatStream {
        private final ChatRequest request;
        private final Step step;
        private final CountDownLatch closedLatch = new CountDownLatch(1);
        private int emitted;

        Stream(ChatRequest request, Step step) {
            this.request = request;
            this.step = step;
        }

        @Override
        public ChatChunk next() {
            if (closedLatch.getCount() == 0) throw new ProviderException(ErrorKind.CANCELLED, name, 0, "closed", null, null);
            if (step instanceof Hang) {
                await();
                throw new ProviderException(ErrorKind.CANCELLED, name, 0, "closed while hanging", null, null);
            }
            if (step instanceof StreamFailAfter f && emitted == f.chunks()) {
                throw new ProviderException(f.kind(), name, 0, "scripted cut", null, null);
            }
            String text = step instanceof Answer a ? a.text() : "partial";
            emitted++;
            return switch (emitted) {
                case 1 -> chunk(List.of(ChoiceDelta.text(0, text)), null);
                case 2 -> chunk(List.of(ChoiceDelta.finish(0, FinishReason.STOP)), null);
                case 3 -> chunk(List.of(), step instanceof Answer a ? a.usage() : defaultUsage);
                default -> null;
            };
        }

        private void await() {
            try {
                closedLatch.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private ChatChunk chunk(List<ChoiceDelta> deltas, Usage usage) {
            return new ChatChunk("c1", request.model(), 0, deltas, usage, null);
        }

        @Override
        public void close() {
            if (closedLatch.getCount() > 0) {
                closed.incrementAndGet();
                closedLatch.countDown();
            }
        }
    }
}
