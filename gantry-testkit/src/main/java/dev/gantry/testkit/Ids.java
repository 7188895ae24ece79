package dev.gantry.testkit;

import java.util.concurrent.ThreadLocalRandom;

/** Provider-looking response ids: unique enough for a test run, cheap to make. */
final class Ids {
    private Ids() {
    }

    static String next(String prefix) {
        return prefix + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
    }
}
