package dev.gantry.bench.gatewayload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcLogTest {
    @Test
    void should_sum_the_pauses_after_the_given_uptime_only(@TempDir Path dir) throws Exception {
        Path log = Files.writeString(dir.resolve("gc.log"), """
                [0.004s] Using G1
                [9.942s] GC(1) Pause Young (Concurrent Start) (Metadata GC Threshold) 145M->53M(512M) 190.313ms
                [9.944s] GC(2) Concurrent Mark Cycle
                [30.005s] GC(2) Pause Remark 54M->46M(512M) 11.149ms
                [31.500s] GC(3) Pause Young (Normal) (G1 Evacuation Pause) 300M->50M(512M) 8.851ms
                """);
        assertThat(GcLog.summary(log, 20)).isEqualTo("2 pauses, total 20 ms, longest 11.1 ms");
        assertThat(GcLog.summary(log, 0)).isEqualTo("3 pauses, total 210 ms, longest 190.3 ms");
    }
}
