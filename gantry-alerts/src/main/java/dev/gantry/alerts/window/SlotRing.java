package dev.gantry.alerts.window;

import java.time.Duration;

/**
 * Traffic totals in fixed time slots kept in a ring: memory is fixed by the slot count, whatever the traffic.
 * A slot is identified by {@code floor(epochMillis / width)}; a sample older than the ring is dropped, and a slot
 * is cleared when a newer slot takes its place. Not thread-safe: one evaluator thread owns it.
 */
public final class SlotRing {
    private final long width;
    private final int size;
    private final long[] ids;
    private final long[] requests;
    private final long[] errors;
    private final long[] costNanos;
    private final int[][] latency;
    private long newest = Long.MIN_VALUE;

    /**
     * @param span          the longest period queries will ask about
     * @param slotsPerSpan  resolution: a window query is exact to one slot ({@code span / slotsPerSpan})
     * @param keepLatencies whether each slot keeps a latency histogram
     */
    public SlotRing(Duration span, int slotsPerSpan, boolean keepLatencies) {
        this.width = Math.max(1, span.toMillis() / slotsPerSpan);
        this.size = (int) (span.toMillis() / width) + 2;
        this.ids = new long[size];
        java.util.Arrays.fill(ids, Long.MIN_VALUE);
        this.requests = new long[size];
        this.errors = new long[size];
        this.costNanos = new long[size];
        this.latency = keepLatencies ? new int[size][LatencyHistogram.BUCKETS] : null;
    }

    public long width() {
        return width;
    }

    public long slotOf(long epochMillis) {
        return Math.floorDiv(epochMillis, width);
    }

    /** @param latencyMillis the request's latency, or -1 to leave it out of the latency histogram */
    public void add(long epochMillis, boolean error, long latencyMillis, long cost) {
        long id = slotOf(epochMillis);
        if (newest != Long.MIN_VALUE && id <= newest - size) return; // older than the ring
        newest = Math.max(newest, id);
        int at = (int) Math.floorMod(id, (long) size);
        if (ids[at] > id) return;
        if (ids[at] < id) clear(at, id);
        requests[at]++;
        if (error) errors[at]++;
        costNanos[at] += cost;
        if (latency != null && latencyMillis >= 0) latency[at][LatencyHistogram.bucket(latencyMillis)]++;
    }

    /** Totals of slots {@code fromSlot..toSlot}, both included; slots the ring no longer holds count as empty. */
    public Totals sum(long fromSlot, long toSlot) {
        long n = 0, e = 0, c = 0;
        int[] hist = latency == null ? null : new int[LatencyHistogram.BUCKETS];
        for (int i = 0; i < size; i++) {
            if (ids[i] < fromSlot || ids[i] > toSlot) continue;
            n += requests[i];
            e += errors[i];
            c += costNanos[i];
            if (hist != null) for (int b = 0; b < hist.length; b++) hist[b] += latency[i][b];
        }
        return new Totals(n, e, c, hist);
    }

    /** Totals of the last {@code window} before {@code nowMillis}: the current slot and the whole ones before it. */
    public Totals last(Duration window, long nowMillis) {
        long to = slotOf(nowMillis);
        return sum(to - Math.max(1, window.toMillis() / width) + 1, to);
    }

    private void clear(int at, long id) {
        ids[at] = id;
        requests[at] = 0;
        errors[at] = 0;
        costNanos[at] = 0;
        if (latency != null) java.util.Arrays.fill(latency[at], 0);
    }

    /** @param latency histogram counts per {@link LatencyHistogram} bucket; null when not kept */
    public record Totals(long requests, long errors, long costNanos, int[] latency) {
    }
}
