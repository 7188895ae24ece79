package dev.gantry.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.core.knowledge.RawMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveriesTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private static byte[] json(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void should_read_a_telegram_message_with_its_chat_id_author_and_date() {
        Delivery d = TelegramUpdates.parse(json("""
                {"update_id": 10, "message": {"message_id": 77, "date": 1765101600, "chat": {"id": -1001, "type": "group"},
                 "from": {"id": 5, "first_name": "Ana", "username": "ana_k"}, "text": "pin the base image"}}"""), NOW);

        RawMessage m = d.messages().getFirst();
        assertThat(m.source()).isEqualTo("telegram");
        assertThat(m.chatId()).isEqualTo("-1001");
        assertThat(m.platformMessageId()).isEqualTo("77");
        assertThat(m.author()).isEqualTo("ana_k");
        assertThat(m.text()).isEqualTo("pin the base image");
        assertThat(m.sentAt()).isEqualTo(Instant.ofEpochSecond(1765101600));
        assertThat(m.rawPayload()).contains("\"update_id\":10");
    }

    @Test
    void should_acknowledge_telegram_updates_without_text_and_refuse_malformed_ones() {
        assertThat(TelegramUpdates.parse(json("{\"update_id\": 1, \"message\": {\"message_id\": 2, \"chat\": {\"id\": 3}, \"sticker\": {}}}"), NOW)
                .ignoredBecause()).contains("no text");
        assertThat(TelegramUpdates.parse(json("{\"update_id\": 1, \"my_chat_member\": {}}"), NOW).ignoredBecause()).contains("no message");
        assertThatThrownBy(() -> TelegramUpdates.parse(json("{\"message\": {}}"), NOW)).hasMessageContaining("update_id");
        assertThatThrownBy(() -> TelegramUpdates.parse(json("{\"update_id\": 1, \"message\": {\"text\": \"x\", \"chat\": {\"id\": 3}}}"), NOW))
                .hasMessageContaining("message_id");
        assertThatThrownBy(() -> TelegramUpdates.parse(json("not json"), NOW)).hasMessageContaining("not valid JSON");
    }

    @Test
    void should_answer_slacks_url_verification_and_read_a_channel_message() {
        assertThat(SlackEvents.parse(json("{\"type\": \"url_verification\", \"challenge\": \"abc123\"}"), NOW).challenge()).isEqualTo("abc123");

        Delivery d = SlackEvents.parse(json("""
                {"type": "event_callback", "event_id": "Ev1", "event": {"type": "message", "channel": "C9", "user": "U1",
                 "text": "we chose dbt", "ts": "1765101600.000200"}}"""), NOW);
        RawMessage m = d.messages().getFirst();
        assertThat(m.chatId()).isEqualTo("C9");
        assertThat(m.platformMessageId()).isEqualTo("1765101600.000200");
        assertThat(m.sentAt()).isEqualTo(Instant.ofEpochMilli(1765101600000L));
        assertThat(SlackEvents.parse(json("{\"type\": \"event_callback\", \"event\": {\"type\": \"message\", \"subtype\": "
                + "\"message_changed\", \"channel\": \"C9\"}}"), NOW).ignoredBecause()).contains("message_changed");
        assertThatThrownBy(() -> SlackEvents.parse(json("{\"type\": \"app_rate_limited\"}"), NOW)).hasMessageContaining("app_rate_limited");
    }

    @Test
    void should_read_generic_messages_one_or_many_and_name_the_missing_field() {
        assertThat(GenericMessages.parse(json("{\"chat_id\": \"ops\", \"message_id\": 1, \"author\": \"a\", \"text\": \"t\", "
                + "\"sent_at\": \"2026-12-01T10:00:00Z\"}"), NOW).messages().getFirst().sentAt()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(GenericMessages.parse(json("{\"messages\": [{\"chat_id\": \"ops\", \"message_id\": 1, \"author\": \"a\", \"text\": \"t\"},"
                + "{\"chat_id\": \"ops\", \"message_id\": 2, \"author\": \"b\", \"text\": \"u\"}]}"), NOW).messages()).hasSize(2);
        assertThatThrownBy(() -> GenericMessages.parse(json("{\"messages\": [{\"chat_id\": \"ops\", \"author\": \"a\", \"text\": \"t\"}]}"), NOW))
                .hasMessageContaining("'messages[0].message_id' is required");
        assertThatThrownBy(() -> GenericMessages.parse(json("{\"chat_id\": \"ops\", \"message_id\": 1, \"author\": \"a\", \"text\": \" \"}"), NOW))
                .hasMessageContaining("'text' must be a non-blank string");
        assertThatThrownBy(() -> GenericMessages.parse(json("{\"chat_id\": \"o\", \"message_id\": 1, \"author\": \"a\", \"text\": \"t\", "
                + "\"sent_at\": \"monday\"}"), NOW)).hasMessageContaining("ISO-8601");
    }
}
