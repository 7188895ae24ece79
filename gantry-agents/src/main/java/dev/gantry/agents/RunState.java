package dev.gantry.agents;

import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.tool.ToolResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run needs to go on after a pause: the conversation so far, the tool calls waiting for a person, and the
 * next step number. Kept as JSON in the run's {@code state} (text parts only: an agent's conversation is text).
 */
final class RunState {
    final List<ChatMessage> messages = new ArrayList<>();
    final List<ToolCall> pending = new ArrayList<>();
    int nextSeq;

    static RunState start(String systemPrompt, String input) {
        RunState s = new RunState();
        if (systemPrompt != null && !systemPrompt.isBlank()) s.messages.add(ChatMessage.system(systemPrompt));
        s.messages.add(ChatMessage.user(input));
        return s;
    }

    int takeSeq() {
        return nextSeq++;
    }

    void addResult(ToolCall call, ToolResult result) {
        messages.add(new ChatMessage(Role.TOOL, List.of(new ContentPart.Text(result.content())), null, call.id(), null,
                result.isError()));
    }

    String toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Object> ms = new ArrayList<>();
        for (ChatMessage m : messages) ms.add(message(m));
        out.put("messages", ms);
        out.put("pending", calls(pending));
        out.put("next_seq", nextSeq);
        return Json.write(out);
    }

    @SuppressWarnings("unchecked")
    static RunState fromJson(String json) {
        Map<String, Object> in = Json.object(json);
        RunState s = new RunState();
        for (Object o : (List<Object>) in.getOrDefault("messages", List.of())) s.messages.add(message((Map<String, Object>) o));
        s.pending.addAll(readCalls((List<Object>) in.getOrDefault("pending", List.of())));
        s.nextSeq = ((Number) in.getOrDefault("next_seq", 0)).intValue();
        return s;
    }

    private static Map<String, Object> message(ChatMessage m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("role", m.role().wire());
        if (m.text() != null) out.put("text", m.text());
        if (!m.toolCalls().isEmpty()) out.put("tool_calls", calls(m.toolCalls()));
        if (m.toolCallId() != null) out.put("tool_call_id", m.toolCallId());
        if (m.isError()) out.put("is_error", true);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static ChatMessage message(Map<String, Object> m) {
        String text = (String) m.get("text");
        List<ContentPart> parts = text == null ? List.of() : List.of(new ContentPart.Text(text));
        return new ChatMessage(Role.fromWire((String) m.get("role")), parts,
                readCalls((List<Object>) m.getOrDefault("tool_calls", List.of())), (String) m.get("tool_call_id"), null,
                Boolean.TRUE.equals(m.get("is_error")));
    }

    private static List<Object> calls(List<ToolCall> calls) {
        List<Object> out = new ArrayList<>();
        for (ToolCall c : calls) out.add(Map.of("id", c.id(), "name", c.name(), "arguments", c.arguments() == null ? "" : c.arguments()));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<ToolCall> readCalls(List<Object> in) {
        List<ToolCall> out = new ArrayList<>();
        for (Object o : in) {
            Map<String, Object> c = (Map<String, Object>) o;
            out.add(new ToolCall((String) c.get("id"), (String) c.get("name"), (String) c.get("arguments")));
        }
        return out;
    }
}
