package dev.gantry.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditHashTest {
    private static final Instant AT = Instant.parse("2026-12-07T03:30:00.123456Z");

    private static AuditEvent event(String type, String actor, String subject, Map<String, String> details) {
        return new AuditEvent(type, actor, subject, details, AT);
    }

    private static String hash(AuditEvent e) {
        return AuditHash.of(1, e, AuditHash.GENESIS);
    }

    @Test
    void should_write_every_field_with_its_length_at_millisecond_precision() {
        AuditEvent e = event("key.created", "cli:ann", "team-a", Map.of("models", "chat", "budget", "50"));

        String canonical = new String(AuditHash.canonical(7, e, AuditHash.GENESIS), StandardCharsets.UTF_8);

        assertThat(canonical).isEqualTo("gantry-audit-v1\n1:7\n24:2026-12-07T03:30:00.123Z\n11:key.created\n"
                + "7:cli:ann\n6:team-a\n1:2\n6:budget\n2:50\n6:models\n4:chat\n64:" + AuditHash.GENESIS + "\n");
    }

    @Test
    void should_pin_the_hash_of_a_known_record_so_the_format_cannot_drift_unnoticed() {
        AuditEvent e = event("key.created", "cli:ann", "team-a", Map.of("models", "chat"));

        assertThat(AuditHash.of(1, e, AuditHash.GENESIS)).isEqualTo(PINNED);
    }

    // sha256sum of the canonical form above with details {models=chat}, computed independently with coreutils
    private static final String PINNED = "9d1767072c1398391b3cb2adfc8420e63035c014bee0caa11dbd0bfcdc2eda45";

    @Test
    void should_count_utf8_bytes_not_chars() {
        AuditEvent e = event("t", "actør", "", Map.of());

        assertThat(new String(AuditHash.canonical(1, e, AuditHash.GENESIS), StandardCharsets.UTF_8)).contains("\n6:actør\n");
    }

    @Test
    void should_not_let_a_boundary_move_between_actor_and_subject() {
        assertThat(hash(event("t", "ab", "c", Map.of()))).isNotEqualTo(hash(event("t", "a", "bc", Map.of())));
    }

    @Test
    void should_not_let_a_boundary_move_between_a_detail_name_and_its_value() {
        assertThat(hash(event("t", "a", "s", Map.of("ab", "c")))).isNotEqualTo(hash(event("t", "a", "s", Map.of("a", "bc"))));
    }

    @Test
    void should_not_let_separators_inside_values_forge_another_split() {
        AuditEvent one = event("t", "a", "s", Map.of("k", "v\n1:x"));
        AuditEvent two = event("t", "a", "s", Map.of("k", "v", "x", ""));

        assertThat(hash(one)).isNotEqualTo(hash(two));
    }

    @Test
    void should_not_let_the_subject_absorb_a_detail() {
        assertThat(hash(event("t", "a", "s", Map.of("k", "v")))).isNotEqualTo(hash(event("t", "a", "s\n1:k\n1:v", Map.of())));
    }

    @Test
    void should_commit_to_seq_time_and_previous_hash() {
        AuditEvent e = event("t", "a", "s", Map.of());
        AuditEvent later = new AuditEvent("t", "a", "s", Map.of(), AT.plusMillis(1));
        String base = AuditHash.of(1, e, AuditHash.GENESIS);

        assertThat(AuditHash.of(2, e, AuditHash.GENESIS)).isNotEqualTo(base);
        assertThat(AuditHash.of(1, later, AuditHash.GENESIS)).isNotEqualTo(base);
        assertThat(AuditHash.of(1, e, "1".repeat(64))).isNotEqualTo(base);
    }

    @Test
    void should_not_depend_on_the_order_details_were_given_in() {
        var ordered = new java.util.LinkedHashMap<String, String>();
        ordered.put("b", "2");
        ordered.put("a", "1");

        assertThat(hash(event("t", "a", "s", ordered))).isEqualTo(hash(event("t", "a", "s", Map.of("a", "1", "b", "2"))));
    }

    @Test
    void should_recognise_only_lower_case_sha256_hex_as_a_hash() {
        assertThat(AuditHash.isHash(AuditHash.GENESIS)).isTrue();
        assertThat(AuditHash.isHash("A".repeat(64))).isFalse();
        assertThat(AuditHash.isHash("0".repeat(63))).isFalse();
        assertThat(AuditHash.isHash(null)).isFalse();
    }
}
