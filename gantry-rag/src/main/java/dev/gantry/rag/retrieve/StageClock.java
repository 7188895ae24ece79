package dev.gantry.rag.retrieve;

import java.util.function.Supplier;

/** Times the stages of one search (one thread, one search). */
final class StageClock {
    enum Stage { EMBED, TEXT, VECTOR, FUSE, RERANK, MMR, CITATION }

    private final long startedNanos = System.nanoTime();
    private final long[] nanos = new long[Stage.values().length];

    <T> T time(Stage stage, Supplier<T> work) {
        long t = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos[stage.ordinal()] += System.nanoTime() - t;
        }
    }

    StageTimings finish() {
        return new StageTimings(micros(Stage.EMBED), micros(Stage.TEXT), micros(Stage.VECTOR), micros(Stage.FUSE),
                micros(Stage.RERANK), micros(Stage.MMR), micros(Stage.CITATION),
                (System.nanoTime() - startedNanos) / 1_000);
    }

    private long micros(Stage stage) {
        return nanos[stage.ordinal()] / 1_000;
    }
}
