package dev.gantry.testkit.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.knowledge.ChatRef;
import dev.gantry.core.knowledge.MessageScore;
import dev.gantry.core.knowledge.MessageStore;
import dev.gantry.core.knowledge.RawMessage;
import dev.gantry.core.knowledge.StoredMessage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract every {@link MessageStore} adapter passes: idempotent inserts, scores, the extraction backlog. */
public abstract class MessageStoreContract {
    protected static final Instant T0 = Instant.parse("2026-12-07T09:00:00.123Z");
    protected MessageStore store;

    /** A store over fresh, empty storage. */
    protected abstract MessageStore openStore();

    @BeforeEach
    protected void open() {
        store = openStore();
    }

    public static RawMessage message(String chat, String platformId, String text) {
        return new RawMessage(0, "telegram", chat, platformId, "alice", text, T0, T0.plusSeconds(1),
                "{\"update_id\":" + platformId.hashCode() + "}", false, true);
    }

    @Test
    void should_store_a_message_once_however_often_it_is_delivered() {
        StoredMessage first = store.insert(message("c1", "42", "the deploy fails on arm64"));
        StoredMessage replay = store.insert(message("c1", "42", "the deploy fails on arm64 (edited copy)"));

        assertThat(first.created()).isTrue();
        assertThat(replay.created()).isFalse();
        assertThat(replay.message()).isEqualTo(first.message());
        assertThat(first.message().id()).isPositive();
        assertThat(store.find(first.message().id())).contains(first.message());
        assertThat(store.counts().total()).isEqualTo(1);
    }

    @Test
    void should_keep_every_field_and_tell_messages_of_other_chats_and_sources_apart() {
        RawMessage m = new RawMessage(0, "slack", "C1", "1700000000.0001", "U42", "use the v2 endpoint", T0,
                T0.plusMillis(5), "{\"event\":{}}", true, false);
        RawMessage stored = store.insert(m).message();
        RawMessage otherChat = store.insert(message("c2", "1700000000.0001", "x")).message();

        assertThat(stored).isEqualTo(m.withId(stored.id()));
        assertThat(otherChat.id()).isNotEqualTo(stored.id());
        assertThat(store.findAll(List.of(otherChat.id(), stored.id(), 999_999L))).containsExactly(stored, otherChat);
    }

    @Test
    void should_list_unscored_allowed_messages_and_replace_a_score() {
        RawMessage a = store.insert(message("c1", "1", "hi")).message();
        RawMessage b = store.insert(message("c1", "2", "we chose postgres")).message();
        store.insert(new RawMessage(0, "telegram", "unknown", "3", "eve", "x", T0, T0, "{}", false, false));
        assertThat(store.unscored(10)).containsExactly(a, b);

        store.saveScore(new MessageScore(a.id(), 0.1, false, "greeting", T0));
        store.saveScore(new MessageScore(a.id(), 0.7, true, "re-scored", T0.plusSeconds(1)));

        assertThat(store.score(a.id())).contains(new MessageScore(a.id(), 0.7, true, "re-scored", T0.plusSeconds(1)));
        assertThat(store.unscored(10)).containsExactly(b);
        assertThat(store.score(b.id())).isEmpty();
    }

    @Test
    void should_give_signal_messages_of_a_chat_until_they_are_extracted() {
        RawMessage noise = store.insert(message("c1", "1", "ok")).message();
        RawMessage s1 = store.insert(message("c1", "2", "the build breaks on JDK 25")).message();
        RawMessage s2 = store.insert(message("c1", "3", "fixed by bumping surefire")).message();
        RawMessage other = store.insert(message("c2", "4", "we moved to Helidon")).message();
        store.saveScore(new MessageScore(noise.id(), 0.05, false, "ack", T0));
        for (RawMessage s : List.of(s1, s2, other)) store.saveScore(new MessageScore(s.id(), 0.9, true, "signal", T0));

        assertThat(store.pendingSignal(new ChatRef("telegram", "c1"), 10)).containsExactly(s1, s2);
        assertThat(store.pendingSignal(new ChatRef("telegram", "c1"), 1)).containsExactly(s1);
        assertThat(store.chatsWithPendingSignal()).containsExactly(new ChatRef("telegram", "c1"), new ChatRef("telegram", "c2"));

        store.markExtracted(List.of(s1.id(), s2.id()), "batch-1");

        assertThat(store.pendingSignal(new ChatRef("telegram", "c1"), 10)).isEmpty();
        assertThat(store.chatsWithPendingSignal()).containsExactly(new ChatRef("telegram", "c2"));
        assertThat(store.counts()).isEqualTo(new MessageStore.MessageCounts(4, 4, 3, 2));
    }
}
