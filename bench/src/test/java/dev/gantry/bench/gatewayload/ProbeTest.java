package dev.gantry.bench.gatewayload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProbeTest {
    @Test
    void should_read_untagged_samples_and_give_the_window_mean() {
        String before = "gantry_overhead_seconds_count 100.0\ngantry_overhead_seconds_sum 0.002\n";
        String after = "gantry_overhead_seconds{quantile=\"0.5\"} 1.0E-5\ngantry_overhead_seconds_count 300.0\n"
                + "gantry_overhead_seconds_sum 0.008\n";
        var a = new Probe.Sample(0, 0, Probe.value(before, "gantry_overhead_seconds_sum"),
                Probe.value(before, "gantry_overhead_seconds_count"));
        var b = new Probe.Sample(1_000, -1, Probe.value(after, "gantry_overhead_seconds_sum"),
                Probe.value(after, "gantry_overhead_seconds_count"));
        Probe.Delta d = Probe.Delta.between(a, b);
        assertThat(d.overheadMicros()).isCloseTo(30.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(d.fakeCpuNanos()).isEqualTo(1_000);
        assertThat(d.gatewayCpuNanos()).as("not measured on one side").isEqualTo(-1);
        assertThat(Probe.value(after, "gantry_missing")).isNaN();
    }
}
