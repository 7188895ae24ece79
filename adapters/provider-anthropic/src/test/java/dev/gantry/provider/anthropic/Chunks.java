package dev.gantry.provider.anthropic;

import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChoiceDelta;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.chat.ToolCallDelta;
import dev.gantry.core.chat.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** What a list of chunks adds up to, the way an OpenAI-style client would assemble it. */
record Chunks(String content, String reasoning, String signature, Map<Integer, ToolCall> toolCalls,
              List<FinishReason> finishReasons, Usage usage) {

    static Chunks of(List<ChatChunk> chunks) {
        Map<Integer, String[]> calls = new TreeMap<>();
        List<FinishReason> finishes = new ArrayList<>();
        Usage usage = null;
        for (ChatChunk c : chunks) {
            for (ChoiceDelta d : c.choices()) {
                for (ToolCallDelta t : d.toolCalls()) {
                    String[] call = calls.computeIfAbsent(t.index(), i -> new String[] {null, null, ""});
                    if (t.id() != null) call[0] = t.id();
                    if (t.name() != null) call[1] = t.name();
                    if (t.arguments() != null) call[2] += t.arguments();
                }
                if (d.finishReason() != null) finishes.add(d.finishReason());
            }
            if (c.usage() != null) usage = c.usage();
        }
        Map<Integer, ToolCall> toolCalls = new TreeMap<>();
        calls.forEach((i, c) -> toolCalls.put(i, new ToolCall(c[0], c[1], c[2])));
        return new Chunks(join(chunks, ChoiceDelta::content), join(chunks, ChoiceDelta::reasoning),
                join(chunks, ChoiceDelta::reasoningSignature), toolCalls, finishes, usage);
    }

    private static String join(List<ChatChunk> chunks, Function<ChoiceDelta, String> part) {
        StringBuilder sb = new StringBuilder();
        for (ChatChunk c : chunks) {
            for (ChoiceDelta d : c.choices()) {
                if (part.apply(d) != null) sb.append(part.apply(d));
            }
        }
        return sb.toString();
    }
}
