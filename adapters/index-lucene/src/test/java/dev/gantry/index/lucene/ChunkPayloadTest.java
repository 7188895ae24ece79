package dev.gantry.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.core.rag.Chunk;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChunkPayloadTest {
    @Test
    void should_round_trip_every_field() throws IOException {
        Chunk c = new Chunk("d#3", "d", 3, "text with ünïcödé and \"quotes\"\n", 100, 131, List.of("A", "B > C"), 9,
                Map.of("lang", "en", "year", "2024", "", "empty key"));

        ChunkPayload.Decoded decoded = ChunkPayload.decode(ChunkPayload.encode(c, "abc123"));

        assertThat(decoded.chunk()).isEqualTo(c);
        assertThat(decoded.textHash()).isEqualTo("abc123");
    }

    @Test
    void should_round_trip_an_absent_hash_and_empty_lists() throws IOException {
        Chunk c = new Chunk("d#0", "d", 0, "", 0, 0, List.of(), 0, Map.of());

        ChunkPayload.Decoded decoded = ChunkPayload.decode(ChunkPayload.encode(c, null));

        assertThat(decoded.chunk()).isEqualTo(c);
        assertThat(decoded.textHash()).isNull();
    }
}
