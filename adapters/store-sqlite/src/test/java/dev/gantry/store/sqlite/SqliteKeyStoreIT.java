package dev.gantry.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.keys.KeyBudget;
import dev.gantry.core.keys.KeyHashing;
import dev.gantry.core.keys.VirtualKey;
import dev.gantry.core.limits.BudgetPeriod;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteKeyStoreIT {
    private static final Instant CREATED = Instant.parse("2025-03-10T08:15:30.123Z");

    @TempDir
    Path dataDir;
    SqliteDatabase db;
    SqliteKeyStore keys;

    @BeforeEach
    void open() {
        db = SqliteDatabase.open(dataDir);
        keys = new SqliteKeyStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void should_read_back_every_field_as_created() {
        VirtualKey key = new VirtualKey("team-a", KeyHashing.sha256("gk-secret-a"), List.of("smart", "fast"), 600,
                120_000, new KeyBudget(new BigDecimal("25.50"), BudgetPeriod.MONTH), true, CREATED);

        keys.create(key);

        assertThat(keys.findByHash(KeyHashing.sha256("gk-secret-a"))).contains(key);
    }

    @Test
    void should_read_back_a_key_without_budget_or_model_list() {
        VirtualKey key = new VirtualKey("open", KeyHashing.sha256("gk-open"), List.of(), 0, 0, null, true, CREATED);

        keys.create(key);

        VirtualKey read = keys.findByHash(key.keyHash()).orElseThrow();
        assertThat(read).isEqualTo(key);
        assertThat(read.allows("anything")).isTrue();
    }

    @Test
    void should_find_nothing_for_an_unknown_hash() {
        assertThat(keys.findByHash(KeyHashing.sha256("gk-unknown"))).isEmpty();
    }

    @Test
    void should_list_every_key_by_name() {
        keys.create(key("zeta", "gk-z"));
        keys.create(key("alpha", "gk-a"));

        assertThat(keys.list()).extracting(VirtualKey::name).containsExactly("alpha", "zeta");
    }

    @Test
    void should_disable_a_revoked_key_and_keep_it_listed() {
        keys.create(key("team-a", "gk-a"));

        assertThat(keys.revoke("team-a")).isTrue();

        assertThat(keys.findByHash(KeyHashing.sha256("gk-a"))).get().extracting(VirtualKey::enabled).isEqualTo(false);
        assertThat(keys.list()).extracting(VirtualKey::name).containsExactly("team-a");
    }

    @Test
    void should_answer_false_when_revoking_an_unknown_key() {
        assertThat(keys.revoke("nobody")).isFalse();
    }

    @Test
    void should_reject_a_duplicate_name_with_a_message_naming_it() {
        keys.create(key("team-a", "gk-first"));

        assertThatThrownBy(() -> keys.create(key("team-a", "gk-second")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("virtual key name 'team-a' is already taken")
                .hasMessageContaining("choose another name");
        assertThat(keys.list()).hasSize(1);
    }

    @Test
    void should_reject_a_second_key_with_the_same_secret_without_echoing_the_hash() {
        keys.create(key("team-a", "gk-same"));

        assertThatThrownBy(() -> keys.create(key("team-b", "gk-same")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same secret as an existing key")
                .hasMessageNotContaining(KeyHashing.sha256("gk-same"));
    }

    @Test
    void should_reject_a_model_alias_containing_a_comma() {
        VirtualKey bad = new VirtualKey("team-a", KeyHashing.sha256("gk-a"), List.of("a,b"), 0, 0, null, true, CREATED);

        assertThatThrownBy(() -> keys.create(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a,b'")
                .hasMessageContaining("contain no comma");
    }

    @Test
    void should_keep_keys_after_close_and_reopen() {
        keys.create(key("team-a", "gk-a"));
        db.close();

        db = SqliteDatabase.open(dataDir);
        keys = new SqliteKeyStore(db);

        assertThat(keys.findByHash(KeyHashing.sha256("gk-a"))).isPresent();
    }

    private static VirtualKey key(String name, String secret) {
        return new VirtualKey(name, KeyHashing.sha256(secret), List.of(), 60, 0, null, true, CREATED);
    }
}
