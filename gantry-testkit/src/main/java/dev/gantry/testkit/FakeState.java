package dev.gantry.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** What a running fake shares between its handler threads and the test thread. */
final class FakeState {
    private final Queue<FakeScript> scripts = new ConcurrentLinkedQueue<>();
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final StallGate gate = new StallGate();
    private volatile Duration latency = Duration.ZERO;
    private volatile boolean recording = true;
    private final FakeBatches batches = new FakeBatches(this);

    FakeBatches batches() {
        return batches;
    }

    FakeScript nextScript() {
        return scripts.poll();
    }

    void enqueue(FakeScript script) {
        scripts.add(script);
    }

    int pendingScripts() {
        return scripts.size();
    }

    void record(RecordedRequest r) {
        synchronized (requests) {
            requests.add(r);
        }
    }

    List<RecordedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    void reset() {
        scripts.clear();
        synchronized (requests) {
            requests.clear();
        }
        latency = Duration.ZERO;
        gate.releaseAll();
        batches.reset();
    }

    StallGate gate() {
        return gate;
    }

    Duration latency() {
        return latency;
    }

    void latency(Duration d) {
        latency = d;
    }

    boolean recording() {
        return recording;
    }

    void recording(boolean on) {
        recording = on;
    }
}
