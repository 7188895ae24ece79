package dev.gantry.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SseReaderTest {

    private static SseReader reader(String s) {
        return new SseReader(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void should_read_named_and_unnamed_events() throws IOException {
        SseReader r = reader("event: message_start\ndata: {\"a\":1}\n\ndata: [DONE]\n\n");
        assertThat(r.next()).isEqualTo(new SseEvent("message_start", "{\"a\":1}"));
        assertThat(r.next()).isEqualTo(new SseEvent(null, "[DONE]"));
        assertThat(r.next()).isNull();
    }

    @Test
    void should_join_multiline_data_and_skip_comments_and_crlf() throws IOException {
        SseReader r = reader(": keep-alive\r\ndata: a\r\ndata:b\r\n\r\n");
        assertThat(r.next()).isEqualTo(new SseEvent(null, "a\nb"));
    }

    @Test
    void should_drop_an_unterminated_last_event_like_a_cut_stream() throws IOException {
        SseReader r = reader("data: one\n\ndata: {\"half\":");
        assertThat(r.next().data()).isEqualTo("one");
        assertThat(r.next()).isNull();
    }

    @Test
    void should_keep_multibyte_characters_intact() throws IOException {
        SseReader r = reader("data: héllo ✓ 日本\n\n");
        assertThat(r.next().data()).isEqualTo("héllo ✓ 日本");
    }
}
