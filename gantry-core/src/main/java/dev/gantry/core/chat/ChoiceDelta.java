package dev.gantry.core.chat;

import java.util.List;

/**
 * The change to one choice carried by one stream event.
 *
 * @param role               set on the first delta of a choice
 * @param content            a piece of answer text
 * @param reasoning          a piece of reasoning / thinking text
 * @param reasoningSignature Anthropic thinking-block signature (arrives once, at the end of the block)
 * @param toolCalls          tool-call fragments
 * @param finishReason       set on the last delta of a choice
 * @param logprobs           provider logprobs for this delta, passed through
 */
public record ChoiceDelta(int index, Role role, String content, String reasoning, String reasoningSignature,
                          List<ToolCallDelta> toolCalls, FinishReason finishReason, Object logprobs) {
    public ChoiceDelta {
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    }

    public static ChoiceDelta text(int index, String content) {
        return new ChoiceDelta(index, null, content, null, null, null, null, null);
    }

    public static ChoiceDelta finish(int index, FinishReason reason) {
        return new ChoiceDelta(index, null, null, null, null, null, reason, null);
    }
}
