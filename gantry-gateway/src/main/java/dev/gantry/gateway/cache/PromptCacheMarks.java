package dev.gantry.gateway.cache;

import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.ToolSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Provider-side prompt caching for aliases that turn it on: marks the ends of the stable prefix (the tool
 * definitions, the system prompt with any documents in it, and the conversation before the newest user turn) with
 * an ephemeral cache breakpoint. Anthropic caches up to each breakpoint (reads cost a tenth of input, writes a
 * quarter more); OpenAI and Gemini cache prefixes on their own and ignore the marks. A request whose client placed
 * breakpoints itself is left as it is.
 */
public final class PromptCacheMarks {
    static final Map<String, Object> EPHEMERAL = Map.of("type", "ephemeral");

    private PromptCacheMarks() {
    }

    public static ChatRequest mark(ChatRequest r) {
        if (hasMarks(r)) return r;
        List<ChatMessage> messages = new ArrayList<>(r.messages());
        int lastSystem = lastIndex(messages, Role.SYSTEM);
        if (lastSystem >= 0) messages.set(lastSystem, markLastText(messages.get(lastSystem)));
        int prefixEnd = lastIndex(messages, Role.USER) - 1;
        if (prefixEnd > lastSystem) messages.set(prefixEnd, markLastText(messages.get(prefixEnd)));
        return r.toBuilder().messages(messages).tools(markLastTool(r.tools())).build();
    }

    private static boolean hasMarks(ChatRequest r) {
        for (ToolSpec t : r.tools()) if (t.cacheControl() != null) return true;
        for (ChatMessage m : r.messages()) {
            for (ContentPart p : m.content()) {
                if (p instanceof ContentPart.Text t && t.cacheControl() != null) return true;
                if (p instanceof ContentPart.Image i && i.cacheControl() != null) return true;
            }
        }
        return false;
    }

    private static int lastIndex(List<ChatMessage> messages, Role role) {
        for (int i = messages.size() - 1; i >= 0; i--) if (messages.get(i).role() == role) return i;
        return -1;
    }

    private static ChatMessage markLastText(ChatMessage m) {
        List<ContentPart> parts = new ArrayList<>(m.content());
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (parts.get(i) instanceof ContentPart.Text t) {
                parts.set(i, new ContentPart.Text(t.text(), EPHEMERAL));
                return new ChatMessage(m.role(), parts, m.toolCalls(), m.toolCallId(), m.name(), m.isError());
            }
        }
        return m;
    }

    private static List<ToolSpec> markLastTool(List<ToolSpec> tools) {
        if (tools == null || tools.isEmpty()) return tools;
        List<ToolSpec> out = new ArrayList<>(tools);
        ToolSpec last = out.getLast();
        out.set(out.size() - 1, new ToolSpec(last.name(), last.description(), last.parameters(), last.strict(), EPHEMERAL));
        return out;
    }
}
