package dev.gantry.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.alert.AlertEvent;
import dev.gantry.core.alert.AlertState;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteAlertHistoryIT {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00.123Z");

    @TempDir
    Path dataDir;

    private static AlertEvent event(int second, String rule, String subject, int level, AlertState state) {
        return new AlertEvent(T0.plusSeconds(second), rule, "budget", subject, level, state, "key '" + subject + "' at "
                + level + "%", level + 1.5, level);
    }

    @Test
    void should_read_back_every_field_newest_first_after_a_reopen() {
        try (SqliteDatabase db = SqliteDatabase.open(dataDir)) {
            SqliteAlertHistory h = new SqliteAlertHistory(db);
            h.append(event(0, "budgets", "team-a", 50, AlertState.FIRING));
            h.append(event(1, "budgets", "team-a", 80, AlertState.FIRING));
        }
        try (SqliteDatabase db = SqliteDatabase.open(dataDir)) {
            assertThat(new SqliteAlertHistory(db).latest(10)).containsExactly(
                    event(1, "budgets", "team-a", 80, AlertState.FIRING), event(0, "budgets", "team-a", 50, AlertState.FIRING));
            assertThat(new SqliteAlertHistory(db).latest(1)).hasSize(1);
        }
    }

    @Test
    void should_give_the_newest_event_of_each_rule_subject_and_level() {
        try (SqliteDatabase db = SqliteDatabase.open(dataDir)) {
            SqliteAlertHistory h = new SqliteAlertHistory(db);
            h.append(event(0, "budgets", "team-a", 50, AlertState.FIRING));
            h.append(event(1, "budgets", "team-a", 80, AlertState.FIRING));
            h.append(event(2, "budgets", "team-a", 50, AlertState.RESOLVED));
            h.append(event(3, "errors", "chat", 0, AlertState.FIRING));

            assertThat(h.lastOfEachSubject()).containsExactly(event(1, "budgets", "team-a", 80, AlertState.FIRING),
                    event(2, "budgets", "team-a", 50, AlertState.RESOLVED), event(3, "errors", "chat", 0, AlertState.FIRING));
        }
    }

    @Test
    void should_refuse_to_rewrite_history() {
        try (SqliteDatabase db = SqliteDatabase.open(dataDir)) {
            new SqliteAlertHistory(db).append(event(0, "budgets", "team-a", 50, AlertState.FIRING));

            assertThatThrownBy(() -> db.inTransaction(c -> c.createStatement().executeUpdate("DELETE FROM alert_history")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> db.inTransaction(c -> c.createStatement().executeUpdate("UPDATE alert_history SET rule = 'x'")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }
}
