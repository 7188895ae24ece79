package dev.gantry.gateway.cache;

import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.Role;
import dev.gantry.gateway.route.SemanticPolicy;

/**
 * Which requests the semantic cache may answer or learn from, and the text it compares.
 * <ul>
 * <li>The latest message must be a user turn of plain text, at most {@link #MAX_CHARS} characters: the embedding
 * models read 256 to 512 word pieces, so a longer text could differ where the model no longer looks; images are
 * not compared.</li>
 * <li>Tools: a request offering tools, naming a tool choice, or carrying tool calls or results is left to the exact
 * cache, unless the route allows tools (a call's arguments copy details a paraphrase may change).</li>
 * <li>Deterministic means the client asked for one reproducible answer: temperature 0, or a seed; and n at most 1.
 * An absent temperature is the provider's default (1 for OpenAI), a sampled answer, so it does not count. Other
 * requests are left alone unless the route allows non-deterministic ones.</li>
 * </ul>
 */
public final class SemanticRequests {
    /** The longest latest user turn compared by meaning (about 250 word pieces of English). */
    public static final int MAX_CHARS = 1_000;

    private SemanticRequests() {
    }

    /** The latest user turn to compare, or null when this request must bypass the semantic cache. */
    public static String comparedText(ChatRequest r, SemanticPolicy policy) {
        if (!policy.allowTools() && usesTools(r)) return null;
        if (!policy.allowNondeterministic() && !deterministic(r)) return null;
        return latestUserText(r);
    }

    static boolean usesTools(ChatRequest r) {
        if (!r.tools().isEmpty() || r.toolChoice() != null) return true;
        if (r.extra().containsKey("functions") || r.extra().containsKey("function_call")) return true;
        for (ChatMessage m : r.messages()) {
            if (m.role() == Role.TOOL || !m.toolCalls().isEmpty()) return true;
        }
        return false;
    }

    static boolean deterministic(ChatRequest r) {
        if (r.n() != null && r.n() > 1) return false;
        boolean greedy = r.temperature() != null && r.temperature() == 0.0;
        return greedy || r.seed() != null;
    }

    private static String latestUserText(ChatRequest r) {
        if (r.messages().isEmpty()) return null;
        ChatMessage last = r.messages().getLast();
        if (last.role() != Role.USER || last.content().isEmpty()) return null;
        for (ContentPart p : last.content()) {
            if (!(p instanceof ContentPart.Text)) return null;
        }
        String text = last.text().strip();
        return text.isEmpty() || text.length() > MAX_CHARS ? null : text;
    }
}
