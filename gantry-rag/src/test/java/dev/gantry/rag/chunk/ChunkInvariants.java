package dev.gantry.rag.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.gantry.core.rag.Chunk;
import java.util.List;

/** What must hold for every chunking of every text, whatever its shape. */
final class ChunkInvariants {
    private static final Encoding CL100K = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

    private ChunkInvariants() {
    }

    static int tokens(String s) {
        return CL100K.countTokensOrdinary(s);
    }

    static void check(String documentId, String text, List<Chunk> chunks, int limit) {
        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            assertThat(c.ordinal()).isEqualTo(i);
            assertThat(c.id()).isEqualTo(Chunk.idOf(documentId, i));
            assertThat(c.documentId()).isEqualTo(documentId);
            assertThat(c.text()).as("chunk %d is the exact substring at its offsets", i)
                    .isEqualTo(text.substring(c.startOffset(), c.endOffset()));
            assertThat(c.text()).as("chunk %d", i).isNotBlank().isEqualTo(c.text().strip());
            assertThat(c.tokens()).as("chunk %d tokens", i).isEqualTo(tokens(c.text())).isLessThanOrEqualTo(limit);
            if (i > 0) {
                assertThat(c.startOffset()).as("chunk %d starts after chunk %d", i, i - 1)
                        .isGreaterThan(chunks.get(i - 1).startOffset());
                assertThat(c.endOffset()).as("chunk %d ends after chunk %d", i, i - 1)
                        .isGreaterThan(chunks.get(i - 1).endOffset());
            }
        }
        assertCovered(text, chunks);
    }

    /** Every non-blank character of the text is in some chunk. */
    private static void assertCovered(String text, List<Chunk> chunks) {
        boolean[] covered = new boolean[text.length()];
        for (Chunk c : chunks) {
            for (int i = c.startOffset(); i < c.endOffset(); i++) covered[i] = true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!covered[i] && !Character.isWhitespace(text.charAt(i))) {
                String around = text.substring(Math.max(0, i - 30), Math.min(text.length(), i + 30));
                throw new AssertionError("character " + i + " is in no chunk, near: " + around);
            }
        }
    }
}
