package dev.gantry.gateway;

import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.Choice;
import dev.gantry.core.chat.ChoiceDelta;
import dev.gantry.core.chat.FinishReason;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.chat.ToolCallDelta;
import dev.gantry.core.chat.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Rebuilds the whole answer from the chunks a client received, so a streamed answer can be cached. */
final class StreamAssembler {
    private final Map<Integer, ChoiceParts> choices = new TreeMap<>();
    private String id;
    private String model;
    private long created;
    private Usage usage;

    /**
     * @param c     what the client received (null when nothing was sent for this upstream chunk)
     * @param usage the upstream's usage report, which the client may not have asked to see
     */
    void add(ChatChunk c, Usage usage) {
        if (usage != null) this.usage = usage;
        if (c == null) return;
        if (id == null) {
            id = c.id();
            model = c.model();
            created = c.created();
        }
        for (ChoiceDelta d : c.choices()) choices.computeIfAbsent(d.index(), i -> new ChoiceParts()).add(d);
    }

    ChatResponse response() {
        List<Choice> out = new ArrayList<>(choices.size());
        choices.forEach((index, parts) -> out.add(parts.choice(index)));
        return new ChatResponse(id, model, created, out, usage == null ? Usage.ZERO : usage, null, null);
    }

    private static final class ChoiceParts {
        final StringBuilder text = new StringBuilder();
        final Map<Integer, String[]> tools = new TreeMap<>(); // index -> {id, name, arguments}
        FinishReason finish;

        void add(ChoiceDelta d) {
            if (d.content() != null) text.append(d.content());
            if (d.finishReason() != null) finish = d.finishReason();
            for (ToolCallDelta t : d.toolCalls()) {
                String[] call = tools.computeIfAbsent(t.index(), i -> new String[] {null, null, ""});
                if (t.id() != null) call[0] = t.id();
                if (t.name() != null) call[1] = t.name();
                if (t.arguments() != null) call[2] += t.arguments();
            }
        }

        Choice choice(int index) {
            List<ToolCall> calls = tools.values().stream().map(c -> new ToolCall(c[0], c[1], c[2])).toList();
            String content = text.isEmpty() ? null : text.toString();
            ChatMessage m = calls.isEmpty() ? ChatMessage.assistant(content) : ChatMessage.assistantToolCalls(content, calls);
            return new Choice(index, m, finish, null);
        }
    }
}
