package dev.gantry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StandaloneOptionsTest {

    @Test
    void should_parse_port_latency_and_host() {
        assertThat(StandaloneOptions.parse(List.of("--port", "9000", "--latency-ms", "25", "--host", "0.0.0.0")))
                .isEqualTo(new StandaloneOptions("0.0.0.0", 9000, 25));
        assertThat(StandaloneOptions.parse(List.of())).isEqualTo(new StandaloneOptions("127.0.0.1", 8090, 0));
    }

    @Test
    void should_name_the_bad_option_and_the_fix() {
        assertThatThrownBy(() -> StandaloneOptions.parse(List.of("--latency-ms", "soon")))
                .hasMessageContaining("--latency-ms").hasMessageContaining("soon").hasMessageContaining("whole number");
        assertThatThrownBy(() -> StandaloneOptions.parse(List.of("--verbose")))
                .hasMessageContaining("--verbose").hasMessageContaining("--port N");
        assertThatThrownBy(() -> StandaloneOptions.parse(List.of("--port"))).hasMessageContaining("needs a value");
    }
}
