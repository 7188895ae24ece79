package dev.gantry.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobsConfigTest {
    @TempDir
    Path dir;

    private GantryConfig load(String yaml) throws IOException {
        Path f = dir.resolve("gantry.yaml");
        Files.writeString(f, yaml);
        return new ConfigLoader(Map.<String, String>of()::get).load(f);
    }

    @Test
    void should_default_to_sqlite_without_a_jobs_section() throws IOException {
        assertThat(load("data-dir: d\n").jobs()).isEqualTo(JobsSettings.DEFAULTS);
    }

    @Test
    void should_read_every_key() throws IOException {
        JobsSettings s = load("""
                jobs:
                  backend: nats
                  nats: {url: nats://10.0.0.5:4222, stream-prefix: PROD_GANTRY, ack-wait: 10s}
                  workers: 8
                  poll-interval: 250ms
                  lease: 2m
                  backoff: {base: 1s, max: 1h}
                  shutdown-grace: 5s
                """).jobs();

        assertThat(s).isEqualTo(new JobsSettings("nats", new JobsSettings.Nats("nats://10.0.0.5:4222", "PROD_GANTRY",
                Duration.ofSeconds(10)), 8, Duration.ofMillis(250), Duration.ofMinutes(2), Duration.ofSeconds(1),
                Duration.ofHours(1), Duration.ofSeconds(5)));
    }

    @Test
    void should_name_each_mistake_with_its_path() {
        assertThatThrownBy(() -> load("""
                jobs:
                  backend: kafka
                  workers: 0
                  lease: 0s
                  backoff: {base: 10s, max: 1s}
                  colour: red
                """)).isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                .anySatisfy(p -> assertThat(p).contains("jobs.backend: 'kafka' is not one of sqlite, nats"))
                .anySatisfy(p -> assertThat(p).contains("jobs.workers: is 0; it must be 1 or more"))
                .anySatisfy(p -> assertThat(p).contains("jobs.lease: must be positive"))
                .anySatisfy(p -> assertThat(p).contains("jobs.backoff.max: 1s is below base 10s"))
                .anySatisfy(p -> assertThat(p).contains("colour")));
    }

    @Test
    void should_require_nats_settings_with_the_nats_backend_and_refuse_them_without() {
        assertThatThrownBy(() -> load("jobs: {backend: nats}\n")).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("jobs.nats: is required with backend: nats")));
        assertThatThrownBy(() -> load("jobs: {nats: {url: nats://h:4222}}\n")).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("jobs.nats: is only used with backend: nats")));
        assertThatThrownBy(() -> load("jobs: {backend: nats, nats: {url: http://h:4222, stream-prefix: a.b}}\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).contains("jobs.nats.url: 'http://h:4222' is not a nats://"))
                        .anySatisfy(p -> assertThat(p).contains("jobs.nats.stream-prefix: 'a.b' must be")));
    }
}
