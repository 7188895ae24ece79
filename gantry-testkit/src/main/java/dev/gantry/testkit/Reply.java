package dev.gantry.testkit;

import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.chat.Usage;
import java.util.List;

/**
 * One answer, resolved from a script and the request it answers, ready for a dialect to write.
 *
 * @param text     answer text, or null when the answer is tool calls only
 * @param thinking reasoning text, or null
 * @param choices  how many identical choices to write (non-streaming replies only)
 */
record Reply(String id, String model, long created, String text, String thinking, List<ToolCall> toolCalls,
             Usage usage, FinishReason finishReason, int choices) {

    static Reply of(FakeScript script, WireRequest request, String idPrefix) {
        String text = script.text();
        if (text == null && script.calls().isEmpty()) text = "You said: " + request.lastUserText();
        Usage usage = script.usage() != null ? script.usage() : defaultUsage(request, text, script);
        FinishReason finish = script.finishReason() != null ? script.finishReason()
                : script.calls().isEmpty() ? FinishReason.STOP : FinishReason.TOOL_CALLS;
        return new Reply(Ids.next(idPrefix), request.model() == null ? "fake-model" : request.model(),
                System.currentTimeMillis() / 1000, text, script.thinking(), script.calls(), usage, finish,
                Math.max(1, request.n()));
    }

    /** Input = words of the request text; output = words answered (thinking and tool arguments included). */
    private static Usage defaultUsage(WireRequest request, String text, FakeScript script) {
        long reasoning = Words.count(script.thinking());
        long output = Words.count(text) + reasoning;
        for (ToolCall c : script.calls()) output += 1 + Words.count(c.arguments());
        return new Usage(request.inputWords(), output, 0, 0, reasoning);
    }

    boolean hasThinking() {
        return thinking != null;
    }

    boolean hasText() {
        return text != null;
    }

    /** Pieces of the text as streamed: one content event each. */
    List<String> textPieces() {
        return Words.pieces(text);
    }
}
