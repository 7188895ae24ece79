package dev.gantry.store.sqlite.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.usage.Percentiles;
import org.junit.jupiter.api.Test;

class ReservoirTest {
    @Test
    void should_give_exact_nearest_rank_percentiles_while_everything_fits() {
        Reservoir r = new Reservoir(1_000, 1);
        for (int v = 1000; v >= 1; v--) r.add(v);

        assertThat(r.percentiles()).isEqualTo(new Percentiles(500, 950, 990));
    }

    @Test
    void should_estimate_percentiles_from_a_uniform_sample_beyond_its_capacity() {
        Reservoir r = new Reservoir(10_000, 1);
        for (int v = 1; v <= 1_000_000; v++) r.add(v);

        Percentiles p = r.percentiles();
        assertThat(p.p50()).isBetween(480_000L, 520_000L);
        assertThat(p.p95()).isBetween(940_000L, 960_000L);
        assertThat(p.p99()).isBetween(985_000L, 995_000L);
    }

    @Test
    void should_have_no_percentiles_when_empty() {
        assertThat(new Reservoir(10, 1).percentiles()).isEqualTo(Percentiles.NONE);
    }
}
