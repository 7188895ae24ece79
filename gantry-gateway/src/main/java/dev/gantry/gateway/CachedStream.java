package dev.gantry.gateway;

import dev.gantry.core.cache.CachedAnswer;
import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.Choice;
import dev.gantry.core.chat.ChoiceDelta;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.chat.ToolCallDelta;
import dev.gantry.core.chat.Usage;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A cached answer replayed as a valid stream: per choice a role chunk, the text in pieces, its tool calls, the
 * finish; then the usage chunk when the client asked for one (zero: a hit is not billed). Reported once, at the end.
 */
final class CachedStream implements GatewayStream {
    /** Text per chunk: small enough to look like a stream, large enough to cost little. */
    static final int PIECE = 64;
    private final Deque<ChatChunk> chunks;
    private final CachedAnswer answer;
    private final Runnable onEnd;
    private final String result;
    private final Double similarity;
    private final String selected;
    private boolean ended;

    /**
     * @param similarity a semantic hit's similarity; null for an exact hit
     * @param selected   smart model selection's verdict for the request; null when the alias has none
     */
    CachedStream(CachedAnswer answer, Double similarity, String selected, ChatRequest request, Runnable onEnd) {
        this.selected = selected;
        this.answer = answer;
        this.similarity = similarity;
        this.result = similarity == null ? dev.gantry.core.usage.UsageRecord.CACHE_HIT
                : dev.gantry.core.usage.UsageRecord.CACHE_SEMANTIC_HIT;
        this.onEnd = onEnd;
        this.chunks = chunks(answer.response(), request.includeUsage());
    }

    static Deque<ChatChunk> chunks(ChatResponse r, boolean includeUsage) {
        Deque<ChatChunk> out = new ArrayDeque<>();
        for (Choice c : r.choices()) {
            out.add(chunk(r, List.of(new ChoiceDelta(c.index(), Role.ASSISTANT, "", null, null, null, null, null))));
            String text = c.message() == null ? null : c.message().text();
            for (int at = 0; text != null && at < text.length(); at += PIECE) {
                out.add(chunk(r, List.of(ChoiceDelta.text(c.index(), text.substring(at, Math.min(text.length(), at + PIECE))))));
            }
            List<ToolCall> calls = c.message() == null ? List.of() : c.message().toolCalls();
            List<ToolCallDelta> deltas = new ArrayList<>(calls.size());
            for (int i = 0; i < calls.size(); i++) {
                ToolCall t = calls.get(i);
                deltas.add(new ToolCallDelta(i, t.id(), t.name(), t.arguments()));
            }
            if (!deltas.isEmpty()) out.add(chunk(r, List.of(new ChoiceDelta(c.index(), null, null, null, null, deltas, null, null))));
            out.add(chunk(r, List.of(ChoiceDelta.finish(c.index(), c.finishReason() == null ? FinishReason.STOP : c.finishReason()))));
        }
        if (includeUsage) out.add(new ChatChunk(r.id(), r.model(), r.created(), List.of(), Usage.ZERO, r.systemFingerprint()));
        return out;
    }

    private static ChatChunk chunk(ChatResponse r, List<ChoiceDelta> deltas) {
        return new ChatChunk(r.id(), r.model(), r.created(), deltas, null, r.systemFingerprint());
    }

    @Override
    public ChatChunk next() {
        ChatChunk c = chunks.poll();
        if (c == null) end();
        return c;
    }

    @Override
    public void close() {
        chunks.clear();
        end();
    }

    private void end() {
        if (ended) return;
        ended = true;
        onEnd.run();
    }

    @Override
    public String provider() {
        return "cache";
    }

    @Override
    public String upstreamModel() {
        return answer.upstreamModel();
    }

    @Override
    public int attempts() {
        return 0;
    }

    @Override
    public String route() {
        return "cache";
    }

    @Override
    public BigDecimal cost() {
        return BigDecimal.ZERO;
    }

    @Override
    public String cache() {
        return result;
    }

    @Override
    public String selected() {
        return selected;
    }

    @Override
    public Double cacheSimilarity() {
        return similarity;
    }
}
