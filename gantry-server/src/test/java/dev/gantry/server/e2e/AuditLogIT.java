package dev.gantry.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.audit.AuditEvent;
import dev.gantry.core.audit.AuditRecord;
import dev.gantry.core.keys.KeyHashing;
import dev.gantry.server.GantryServerFixture;
import dev.gantry.server.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The audit log end to end: a running server records its config, the `keys` CLI records key changes in the
 * same chain, `audit verify` says ok, and after a row is edited through JDBC it names the edited record.
 */
class AuditLogIT {
    private static final String ADMIN = "sk-fake-secret-123"; // the fixture's FAKE_KEY, reused as the admin key
    private GantryServerFixture server;

    @BeforeEach
    void start() {
        server = GantryServerFixture.start("admin-key: ${FAKE_KEY}\n");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private record Run(int exit, String out, String err) {
    }

    private Run gantry(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main()).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private String dataDir() {
        return server.dataDir.toString();
    }

    @Test
    void should_record_the_config_and_key_changes_in_one_chain_that_verifies() throws Exception {
        assertThat(gantry("keys", "create", "team-x", "--models", "chat", "--data-dir", dataDir()).exit()).isZero();
        assertThat(gantry("keys", "revoke", "team-x", "--data-dir", dataDir()).exit()).isZero();

        List<AuditRecord> records = server.gantry.audit().read(0, 10);
        assertThat(records).extracting(r -> r.event().type())
                .containsExactly(AuditEvent.CONFIG_LOADED, AuditEvent.KEY_CREATED, AuditEvent.KEY_REVOKED);
        AuditEvent config = records.get(0).event();
        assertThat(config.subject()).endsWith("gantry.yaml");
        assertThat(config.details()).containsEntry("sha256",
                KeyHashing.sha256(Files.readString(server.dataDir.resolveSibling("gantry.yaml"))));
        assertThat(records.get(1).event().subject()).isEqualTo("team-x");
        assertThat(records.get(1).event().details()).containsEntry("models", "chat").containsKey("key_hash_prefix");
        Run verify = gantry("audit", "verify", "--data-dir", dataDir());
        assertThat(verify.exit()).as(verify.err()).isZero();
        assertThat(verify.out().trim()).isEqualTo("ok: 3 records, head 3 " + records.get(2).hash());
    }

    @Test
    void should_name_the_record_edited_through_jdbc() throws Exception {
        gantry("keys", "create", "team-x", "--models", "chat", "--data-dir", dataDir());
        gantry("keys", "create", "team-y", "--data-dir", dataDir());

        sql("UPDATE audit_detail SET value = '*' WHERE seq = 2 AND name = 'models'");

        Run verify = gantry("audit", "verify", "--data-dir", dataDir());
        assertThat(verify.exit()).isEqualTo(1);
        assertThat(verify.out()).startsWith("TAMPERED at record 2: content does not match its hash");
    }

    @Test
    void should_catch_a_cut_off_tail_against_a_noted_head() throws Exception {
        gantry("keys", "create", "team-x", "--data-dir", dataDir());
        String noted = server.gantry.audit().head().hash();

        sql("DELETE FROM audit_log WHERE seq = 2");

        assertThat(gantry("audit", "verify", "--data-dir", dataDir()).exit()).as("alone, a shorter chain verifies").isZero();
        Run verify = gantry("audit", "verify", "--data-dir", dataDir(), "--expect-head", noted);
        assertThat(verify.exit()).isEqualTo(1);
        assertThat(verify.out()).startsWith("TAMPERED at record 2: expected head " + noted + " is not in the chain");
    }

    @Test
    void should_list_the_last_records() {
        gantry("keys", "create", "team-x", "--data-dir", dataDir());

        Run list = gantry("audit", "list", "--data-dir", dataDir(), "--limit", "1");

        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("key.created").contains("team-x").doesNotContain("config.loaded");
    }

    @Test
    void should_serve_the_log_to_the_admin_key_only() {
        gantry("keys", "create", "team-x", "--data-dir", dataDir());

        HttpResponse<String> anonymous = server.get("/gantry/audit");
        HttpResponse<String> admin = server.get("/gantry/audit?after=1&limit=5", "authorization", "Bearer " + ADMIN);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
        JsonNode body = SseEvents.json(admin.body());
        assertThat(body.path("data")).hasSize(1);
        assertThat(body.path("data").get(0).path("type").asText()).isEqualTo(AuditEvent.KEY_CREATED);
        assertThat(body.path("data").get(0).path("subject").asText()).isEqualTo("team-x");
        assertThat(body.path("head").path("seq").asLong()).isEqualTo(2);
        assertThat(admin.body()).doesNotContain("gk-");
    }

    /** Changes the database as someone with the file could: drop the append-only triggers, then write. */
    private void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + server.dataDir.resolve("gantry.db"));
             Statement st = c.createStatement()) {
            for (String t : List.of("audit_log_no_update", "audit_log_no_delete", "audit_detail_no_update", "audit_detail_no_delete")) {
                st.execute("DROP TRIGGER " + t);
            }
            assertThat(st.executeUpdate(statement)).as(statement).isPositive();
        }
    }
}
