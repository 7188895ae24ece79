package dev.gantry.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditEventTest {
    private static final Instant AT = Instant.parse("2026-12-07T03:30:00.123999Z");

    private static AuditEvent withDetail(String value) {
        return new AuditEvent(AuditEvent.KEY_CREATED, "cli:ann", "team-a", Map.of("note", value), AT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sk-proj-abcdef0123456789", "sk-ant-api03-abcdefghij", "gk-0123456789abcdef0123",
            "GK_live_0123456789", "sk_live_0123456789", "Bearer anything", "key=sk-abcdefgh12345", "\"gk-0123456789ab\""})
    void should_refuse_a_detail_that_looks_like_a_key(String value) {
        assertThatThrownBy(() -> withDetail(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("detail 'note' looks like a secret")
                .hasMessageContaining("record the key's name")
                .hasMessageNotContaining(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"team-a", "sha256:3f2a9c1e", "risk-free", "task-list", "sk-short", "desk-0123456789", "gk-"})
    void should_accept_names_hash_prefixes_and_ordinary_words(String value) {
        assertThat(withDetail(value).details()).containsEntry("note", value);
    }

    @Test
    void should_refuse_a_key_in_the_subject_or_actor_too() {
        assertThatThrownBy(() -> new AuditEvent("t", "cli", "gk-0123456789abcdef", Map.of(), AT))
                .hasMessageContaining("subject looks like a secret");
        assertThatThrownBy(() -> new AuditEvent("t", "Bearer x", "s", Map.of(), AT))
                .hasMessageContaining("actor looks like a secret");
    }

    @Test
    void should_keep_time_to_the_millisecond_and_details_sorted_and_unmodifiable() {
        Map<String, String> details = new HashMap<>(Map.of("z", "1", "a", "2"));
        AuditEvent e = new AuditEvent("t", "a", "s", details, AT);
        details.put("m", "3");

        assertThat(e.at()).isEqualTo(Instant.parse("2026-12-07T03:30:00.123Z"));
        assertThat(e.details().keySet()).containsExactly("a", "z");
        assertThatThrownBy(() -> e.details().put("b", "4")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void should_name_the_missing_field() {
        assertThatThrownBy(() -> new AuditEvent(" ", "a", "s", Map.of(), AT)).hasMessageContaining("type is empty");
        assertThatThrownBy(() -> new AuditEvent("t", "", "s", Map.of(), AT)).hasMessageContaining("actor is empty");
        var nullValue = new HashMap<String, String>();
        nullValue.put("k", null);
        assertThatThrownBy(() -> new AuditEvent("t", "a", "s", nullValue, AT)).hasMessageContaining("null name or value");
    }
}
