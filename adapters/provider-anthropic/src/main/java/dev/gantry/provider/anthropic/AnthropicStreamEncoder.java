package dev.gantry.provider.anthropic;

import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChoiceDelta;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.ToolCallDelta;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.GantryException;
import dev.gantry.provider.anthropic.internal.SseWriter;
import dev.gantry.provider.anthropic.internal.StopReasons;
import dev.gantry.provider.anthropic.internal.StreamEvents;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes internal chunks (from any upstream) as the Anthropic Messages event stream an Anthropic SDK reads:
 * message_start first, then content blocks numbered 0, 1, 2... opened and closed as the deltas switch between
 * thinking, text and each tool call, then message_delta (stop_reason, usage) and message_stop. Stateful: one
 * per stream, one thread. Only choice 0 is written. The end is written as soon as a chunk has brought both
 * the finish reason and the usage, else by {@link #finish(Usage)}.
 *
 * <p>Not representable: fragments of a tool call that arrive after another call's block was opened (an
 * Anthropic block cannot be reopened) are dropped; every known upstream streams calls one after the other.
 * Input tokens in message_start are 0 unless the first chunk already carried usage; the final counts follow
 * in message_delta, which the SDKs fold into the message.
 */
public final class AnthropicStreamEncoder {
    private static final byte[] NOTHING = new byte[0];

    private final String requestedModel;
    private final Set<Integer> closedTools = new HashSet<>();
    private boolean started;
    private boolean ended;
    private String openType; // null: no block open
    private int openTool = -1;
    private int blockIndex = -1;
    private FinishReason finishReason;
    private Usage usage;

    /** @param requestedModel the model name the client asked for, shown back to it (null: the upstream's) */
    public AnthropicStreamEncoder(String requestedModel) {
        this.requestedModel = requestedModel;
    }

    public byte[] onChunk(ChatChunk chunk) {
        if (ended) return NOTHING;
        SseWriter out = new SseWriter();
        if (!started) start(out, chunk.id(), chunk.model(), chunk.usage());
        for (ChoiceDelta delta : chunk.choices()) {
            if (delta.index() == 0) delta(out, delta);
        }
        if (chunk.usage() != null) usage = chunk.usage();
        if (finishReason != null && chunk.usage() != null) end(out);
        return out.toBytes();
    }

    /** Closes what is still open and ends the message; {@code finalUsage} (when not null) wins over the chunks'. */
    public byte[] finish(Usage finalUsage) {
        if (ended) return NOTHING;
        SseWriter out = new SseWriter();
        if (!started) start(out, null, null, null);
        if (finalUsage != null) usage = finalUsage;
        end(out);
        return out.toBytes();
    }

    /** Anthropic's mid-stream error event; nothing more is written after it. */
    public byte[] error(GantryException error) {
        if (ended) return NOTHING;
        ended = true;
        SseWriter out = new SseWriter();
        StreamEvents.error(out, error, AnthropicErrors.errorType(error.kind()));
        return out.toBytes();
    }

    private void start(SseWriter out, String id, String model, Usage early) {
        started = true;
        // nothing is output yet; input counts are known this early only when the upstream sent them
        Usage input = early == null ? Usage.ZERO
                : new Usage(early.inputTokens(), 0, early.cachedInputTokens(), early.cacheWriteTokens(), 0);
        StreamEvents.messageStart(out, id, requestedModel != null ? requestedModel : model, input);
    }

    private void delta(SseWriter out, ChoiceDelta delta) {
        if (delta.reasoning() != null && !delta.reasoning().isEmpty()) {
            open(out, "thinking", -1, null, null);
            StreamEvents.blockDelta(out, blockIndex, "thinking_delta", "thinking", delta.reasoning());
        }
        if (delta.reasoningSignature() != null) {
            open(out, "thinking", -1, null, null);
            StreamEvents.blockDelta(out, blockIndex, "signature_delta", "signature", delta.reasoningSignature());
        }
        if (delta.content() != null && !delta.content().isEmpty()) {
            open(out, "text", -1, null, null);
            StreamEvents.blockDelta(out, blockIndex, "text_delta", "text", delta.content());
        }
        for (ToolCallDelta call : delta.toolCalls()) toolCall(out, call);
        if (delta.finishReason() != null) finishReason = delta.finishReason();
    }

    private void toolCall(SseWriter out, ToolCallDelta call) {
        if (closedTools.contains(call.index())) return;
        open(out, "tool_use", call.index(), call.id(), call.name());
        if (call.arguments() != null && !call.arguments().isEmpty()) {
            StreamEvents.blockDelta(out, blockIndex, "input_json_delta", "partial_json", call.arguments());
        }
    }

    /** Keeps the open block when it is the one wanted, else closes it and opens the next index. */
    private void open(SseWriter out, String type, int toolIndex, String toolId, String toolName) {
        if (type.equals(openType) && openTool == toolIndex) return;
        closeOpen(out);
        openType = type;
        openTool = toolIndex;
        blockIndex++;
        StreamEvents.blockStart(out, blockIndex, type, toolId, toolName);
    }

    private void closeOpen(SseWriter out) {
        if (openType == null) return;
        if (openTool >= 0) closedTools.add(openTool);
        StreamEvents.blockStop(out, blockIndex);
        openType = null;
        openTool = -1;
    }

    private void end(SseWriter out) {
        closeOpen(out);
        ended = true;
        StreamEvents.messageEnd(out, StopReasons.toStopReason(finishReason, null), usage == null ? Usage.ZERO : usage);
    }
}
