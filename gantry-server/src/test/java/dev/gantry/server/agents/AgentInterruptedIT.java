package dev.gantry.server.agents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.agents.Agents;
import dev.gantry.core.agent.AgentRun;
import dev.gantry.server.ConfigOrigin;
import dev.gantry.server.Gantry;
import dev.gantry.server.GantryServerFixture;
import dev.gantry.server.config.ConfigLoader;
import dev.gantry.store.sqlite.SqliteAgentRunStore;
import dev.gantry.store.sqlite.SqliteDatabase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A run whose process stopped mid-loop cannot go on (its conversation died with it): the next start fails it. */
class AgentInterruptedIT {

    @Test
    void should_fail_runs_left_running_and_keep_runs_waiting_for_approval() throws Exception {
        Path config;
        Path dataDir;
        try (GantryServerFixture server = GantryServerFixture.start("agents: [{name: helper, model: chat}]\n")) {
            dataDir = server.dataDir;
            config = dataDir.getParent().resolve("gantry.yaml");
        }
        AgentRun running = run("r-running", AgentRun.Status.RUNNING);
        AgentRun waiting = run("r-waiting", AgentRun.Status.WAITING_APPROVAL);
        try (SqliteDatabase db = SqliteDatabase.open(dataDir)) {
            new SqliteAgentRunStore(db).create(running);
            new SqliteAgentRunStore(db).create(waiting);
        }

        Gantry.start(new ConfigLoader(Map.of("FAKE_KEY", "k")::get).load(config), ConfigOrigin.file(config)).close();
        try (SqliteDatabase db = SqliteDatabase.open(dataDir)) {
            SqliteAgentRunStore store = new SqliteAgentRunStore(db);
            AgentRun failed = store.get("r-running").orElseThrow();
            assertThat(failed.status()).isEqualTo(AgentRun.Status.FAILED);
            assertThat(failed.stopReason()).isEqualTo(Agents.INTERRUPTED);
            assertThat(store.get("r-waiting").orElseThrow().status()).isEqualTo(AgentRun.Status.WAITING_APPROVAL);
        }
    }

    private static AgentRun run(String id, AgentRun.Status status) {
        Instant t = Instant.parse("2026-12-07T10:00:00Z");
        return new AgentRun(id, "helper", null, status, null, "find the order", null, null, 0, 0, 0, BigDecimal.ZERO, t, t);
    }
}
