package dev.gantry.alerts.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlotRingTest {
    @Test
    void should_sum_the_last_window_and_forget_what_is_older() {
        SlotRing ring = new SlotRing(Duration.ofSeconds(60), 60, false);
        ring.add(0, true, -1, 5);
        ring.add(30_000, false, -1, 7);
        ring.add(59_999, false, -1, 11);

        assertThat(ring.last(Duration.ofSeconds(60), 59_999).requests()).isEqualTo(3);
        SlotRing.Totals later = ring.last(Duration.ofSeconds(60), 89_000);
        assertThat(later.requests()).isEqualTo(2);
        assertThat(later.errors()).isZero();
        assertThat(later.costNanos()).isEqualTo(18);
    }

    @Test
    void should_drop_a_sample_older_than_the_ring_and_reuse_slots_for_newer_ones() {
        SlotRing ring = new SlotRing(Duration.ofSeconds(10), 10, false);
        ring.add(100_000, false, -1, 1);
        ring.add(50_000, false, -1, 1); // the same ring position, long gone
        ring.add(112_000, false, -1, 1); // takes the position of 100_000's slot

        assertThat(ring.sum(Long.MIN_VALUE, Long.MAX_VALUE).requests()).isEqualTo(1);
    }

    @Test
    void should_keep_a_latency_histogram_whose_percentile_is_at_most_five_percent_high() {
        SlotRing ring = new SlotRing(Duration.ofMinutes(5), 60, true);
        for (int ms = 1; ms <= 1000; ms++) ring.add(1_000, false, ms, 0);

        double p95 = LatencyHistogram.percentile(ring.last(Duration.ofMinutes(5), 2_000).latency(), 95);

        assertThat(p95).isBetween(950.0, 950 * 1.05);
    }
}
