package dev.gantry.rag.answer;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;

/**
 * Token counts for context budgets: cl100k_base, one shared (thread-safe) encoding for the process. Exact for
 * GPT-4-era OpenAI models, close enough for others to keep a prompt within its budget.
 */
public final class Tokens {
    private static final Encoding CL100K = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

    private Tokens() {
    }

    public static int count(String text) {
        return text == null || text.isEmpty() ? 0 : CL100K.countTokensOrdinary(text);
    }
}
