package dev.gantry.rag.chunk;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;

/**
 * Chunk sizes in cl100k_base tokens: one shared encoding (thread-safe) for the process. Special-token text such
 * as {@code <|endoftext|>} in a document is counted as ordinary text, never rejected.
 */
final class TokenCounter {
    private static final Encoding CL100K = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

    private TokenCounter() {
    }

    static int count(String text, int start, int end) {
        return start >= end ? 0 : CL100K.countTokensOrdinary(text.substring(start, end));
    }
}
