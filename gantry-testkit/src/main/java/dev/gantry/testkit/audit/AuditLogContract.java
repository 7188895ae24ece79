package dev.gantry.testkit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.audit.AuditEvent;
import dev.gantry.core.audit.AuditHash;
import dev.gantry.core.audit.AuditHead;
import dev.gantry.core.audit.AuditLog;
import dev.gantry.core.audit.AuditRecord;
import dev.gantry.core.audit.AuditVerification;
import dev.gantry.core.audit.AuditVerification.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link AuditLog} adapter passes: appends chain, reads page, the chain survives a reopen,
 * and {@link AuditLog#verify} catches each way of tampering with the stored rows. The tamper hooks work on the
 * storage directly, as an intruder with write access to it would, never through the port.
 */
public abstract class AuditLogContract {
    protected static final Instant T0 = Instant.parse("2026-12-07T03:30:00.123Z");
    protected AuditLog log;

    /** A log over fresh, empty storage. */
    protected abstract AuditLog openLog();

    /** Closes the storage behind {@link #log} and opens it again, as a restarted process would. */
    protected abstract AuditLog reopenLog();

    /** Releases the storage; called after each test. */
    protected abstract void closeLog();

    /** Sets detail {@code name} of record {@code seq} to {@code value} in storage (the detail exists). */
    protected abstract void tamperDetail(long seq, String name, String value);

    /** Sets the type of record {@code seq} in storage. */
    protected abstract void tamperType(long seq, String type);

    /** Overwrites the stored own hash of record {@code seq}. */
    protected abstract void tamperHash(long seq, String hash);

    /** Deletes record {@code seq} (and its details) from storage. */
    protected abstract void tamperDelete(long seq);

    /** Swaps everything but the sequence numbers of records {@code a} and {@code b} in storage. */
    protected abstract void tamperSwap(long a, long b);

    /** Deletes every record from {@code seq} on. */
    protected abstract void tamperDeleteFrom(long seq);

    @BeforeEach
    protected void openFreshLog() {
        log = openLog();
    }

    @AfterEach
    protected void closeLogAfterTest() {
        closeLog();
    }

    protected static AuditEvent event(int n) {
        return new AuditEvent(AuditEvent.KEY_CREATED, "cli:ann", "key-" + n,
                Map.of("models", "chat,embed", "n", Integer.toString(n)), T0.plusSeconds(n));
    }

    protected List<AuditRecord> appendEvents(int count) {
        List<AuditRecord> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) out.add(log.append(event(i)));
        return out;
    }

    private static void assertTampered(AuditVerification v, long seq, Reason reason) {
        assertThat(v.ok()).as("verify should fail, got %s", v).isFalse();
        assertThat(v.tamper().seq()).as("first bad record of %s", v.tamper()).isEqualTo(seq);
        assertThat(v.tamper().reason()).as("reason of %s", v.tamper()).isEqualTo(reason);
    }

    @Test
    void should_start_empty_with_the_genesis_head() {
        assertThat(log.head()).isEqualTo(AuditHead.EMPTY);
        assertThat(log.read(0, 10)).isEmpty();
        assertThat(log.verify()).isEqualTo(new AuditVerification(0, AuditHead.EMPTY, null));
    }

    @Test
    void should_number_and_chain_appended_records() {
        List<AuditRecord> records = appendEvents(3);

        assertThat(records).extracting(AuditRecord::seq).containsExactly(1L, 2L, 3L);
        assertThat(records.get(0).previousHash()).isEqualTo(AuditHash.GENESIS);
        assertThat(records.get(1).previousHash()).isEqualTo(records.get(0).hash());
        assertThat(records.get(2).previousHash()).isEqualTo(records.get(1).hash());
        for (AuditRecord r : records) assertThat(r.hash()).isEqualTo(AuditHash.of(r.seq(), r.event(), r.previousHash()));
        assertThat(log.head()).isEqualTo(records.get(2).asHead());
    }

    @Test
    void should_read_back_exactly_what_was_appended_page_by_page() {
        List<AuditRecord> records = appendEvents(5);

        assertThat(log.read(0, 2)).containsExactlyElementsOf(records.subList(0, 2));
        assertThat(log.read(2, 2)).containsExactlyElementsOf(records.subList(2, 4));
        assertThat(log.read(4, 100)).containsExactly(records.get(4));
        assertThat(log.read(5, 100)).isEmpty();
    }

    @Test
    void should_find_records_of_one_type_about_one_subject_oldest_first_with_their_details() {
        appendEvents(2);
        AuditRecord first = log.append(new AuditEvent(AuditEvent.GUARD_DECISION, "key:team-a", "req-1",
                Map.of("stage", "input", "action", "block"), T0));
        log.append(new AuditEvent(AuditEvent.GUARD_DECISION, "key:team-a", "req-2", Map.of("stage", "input"), T0));
        AuditRecord second = log.append(new AuditEvent(AuditEvent.GUARD_DECISION, "key:team-a", "req-1",
                Map.of("stage", "output", "action", "redact"), T0.plusSeconds(1)));

        assertThat(log.find(AuditEvent.GUARD_DECISION, "req-1", 10)).containsExactly(first, second);
        assertThat(log.find(AuditEvent.GUARD_DECISION, "req-1", 1)).containsExactly(first);
        assertThat(log.find(AuditEvent.KEY_CREATED, "req-1", 10)).isEmpty();
        assertThat(log.find(AuditEvent.GUARD_DECISION, "req-none", 10)).isEmpty();
    }

    @Test
    void should_keep_an_event_with_no_details_and_unicode_text() {
        AuditEvent e = new AuditEvent(AuditEvent.ADMIN_ACTION, "admin-api", "collection «handbook»", Map.of(), T0);

        AuditRecord r = log.append(e);

        assertThat(log.read(0, 1)).containsExactly(r);
        assertThat(r.event()).isEqualTo(e);
    }

    @Test
    void should_keep_the_chain_across_a_reopen_and_continue_it() {
        List<AuditRecord> before = appendEvents(3);

        log = reopenLog();
        AuditRecord next = log.append(event(4));

        assertThat(log.read(0, 10).subList(0, 3)).containsExactlyElementsOf(before);
        assertThat(next.seq()).isEqualTo(4);
        assertThat(next.previousHash()).isEqualTo(before.get(2).hash());
        assertThat(log.verify().ok()).isTrue();
    }

    @Test
    void should_verify_an_intact_chain_longer_than_one_page() {
        List<AuditRecord> records = appendEvents(1_234);

        AuditVerification v = log.verify();

        assertThat(v).isEqualTo(new AuditVerification(1_234, records.get(1_233).asHead(), null));
    }

    @Test
    void should_accept_an_expected_head_that_is_current_or_older() {
        List<AuditRecord> records = appendEvents(4);

        assertThat(log.verify(records.get(3).hash()).ok()).isTrue();
        assertThat(log.verify(records.get(1).hash()).ok()).as("the log may grow after a head was noted").isTrue();
        assertThat(log.verify(AuditHash.GENESIS).ok()).isTrue();
    }

    @Test
    void should_refuse_an_expected_head_that_is_not_a_hash() {
        assertThatThrownBy(() -> log.verify("3 abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'3 abc' is not a hash");
    }

    @Test
    void should_catch_an_edited_detail() {
        appendEvents(5);

        tamperDetail(3, "models", "*");

        assertTampered(log.verify(), 3, Reason.HASH_MISMATCH);
    }

    @Test
    void should_catch_a_changed_type() {
        appendEvents(5);

        tamperType(2, AuditEvent.KEY_REVOKED);

        AuditVerification v = log.verify();
        assertTampered(v, 2, Reason.HASH_MISMATCH);
        assertThat(v.records()).as("records checked before the bad one").isEqualTo(1);
    }

    @Test
    void should_catch_an_edited_record_whose_hash_was_recomputed_at_the_next_link() {
        List<AuditRecord> records = appendEvents(5);
        AuditRecord third = records.get(2);
        AuditEvent forged = new AuditEvent(AuditEvent.KEY_REVOKED, third.event().actor(), third.event().subject(),
                third.event().details(), third.event().at());

        tamperType(3, AuditEvent.KEY_REVOKED);
        tamperHash(3, AuditHash.of(3, forged, third.previousHash()));

        assertTampered(log.verify(), 4, Reason.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void should_catch_a_record_edited_into_one_that_is_no_longer_a_valid_event() {
        appendEvents(5);

        tamperType(4, "");
        tamperDetail(5, "models", "sk-proj-0123456789abcdef");

        AuditVerification v = log.verify();
        assertTampered(v, 4, Reason.HASH_MISMATCH);
        assertThat(v.tamper().explanation()).contains("cannot be read back");
        assertThat(v.head().seq()).as("records before it were checked").isEqualTo(3);
    }

    @Test
    void should_report_a_gap_before_a_later_unreadable_record() {
        appendEvents(5);

        tamperDelete(2);
        tamperType(4, " ");

        assertTampered(log.verify(), 2, Reason.SEQUENCE_GAP);
    }

    @Test
    void should_catch_a_dropped_middle_record() {
        appendEvents(5);

        tamperDelete(3);

        AuditVerification v = log.verify();
        assertTampered(v, 3, Reason.SEQUENCE_GAP);
        assertThat(v.tamper().explanation()).contains("records 3..3 were dropped");
    }

    @Test
    void should_catch_a_dropped_first_record() {
        appendEvents(3);

        tamperDelete(1);

        assertTampered(log.verify(), 1, Reason.SEQUENCE_GAP);
    }

    @Test
    void should_catch_two_records_swapped() {
        appendEvents(5);

        tamperSwap(2, 4);

        assertTampered(log.verify(), 2, Reason.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void should_catch_a_cut_off_tail_only_against_an_expected_head() {
        List<AuditRecord> records = appendEvents(5);
        String noted = log.head().hash();

        tamperDeleteFrom(4);

        assertThat(log.verify().ok()).as("a shorter chain is still a valid chain on its own").isTrue();
        AuditVerification v = log.verify(noted);
        assertTampered(v, 4, Reason.TRUNCATED);
        assertThat(v.head()).isEqualTo(records.get(2).asHead());
    }

    @Test
    void should_catch_a_log_emptied_against_an_expected_head() {
        appendEvents(2);
        String noted = log.head().hash();

        tamperDeleteFrom(1);

        assertTampered(log.verify(noted), 1, Reason.TRUNCATED);
    }

    @Test
    void should_keep_one_valid_chain_under_concurrent_appends() throws Exception {
        int threads = 8;
        int perThread = 250;

        List<AuditRecord> appended = ConcurrentAppends.run(log, threads, perThread);

        AuditVerification v = log.verify();
        assertThat(v.ok()).as("verify: %s", v.tamper()).isTrue();
        assertThat(v.records()).isEqualTo(threads * perThread);
        assertThat(appended).extracting(AuditRecord::seq).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, threads * perThread).boxed().toList());
        assertThat(log.read(0, threads * perThread)).containsExactlyInAnyOrderElementsOf(appended);
    }
}
