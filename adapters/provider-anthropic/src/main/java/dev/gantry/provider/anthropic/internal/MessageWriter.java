package dev.gantry.provider.anthropic.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.Role;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Outbound {@code system} and {@code messages}. SYSTEM and DEVELOPER messages, wherever they stand, become the
 * top-level system blocks (the Messages API has no system turns). Consecutive TOOL messages become the
 * tool_result blocks of one user turn, followed by the user message after them, which is also how an inbound
 * user turn that held tool results comes back together unchanged.
 */
final class MessageWriter {
    private MessageWriter() {
    }

    static boolean isSystem(ChatMessage m) {
        return m.role() == Role.SYSTEM || m.role() == Role.DEVELOPER;
    }

    /** Writes {@code "system"} from the system messages plus gateway notes; nothing when both are empty. */
    static void system(JsonGenerator gen, List<ChatMessage> messages, List<String> notes) throws IOException {
        List<ContentPart.Text> parts = new ArrayList<>();
        for (ChatMessage m : messages) {
            if (!isSystem(m)) continue;
            for (ContentPart p : m.content()) {
                if (p instanceof ContentPart.Text t) parts.add(t); // images have no place in Anthropic's system
            }
        }
        for (String note : notes) parts.add(new ContentPart.Text(note));
        if (parts.isEmpty()) return;
        if (parts.size() == 1 && parts.getFirst().cacheControl() == null) {
            gen.writeStringField("system", parts.getFirst().text());
            return;
        }
        gen.writeArrayFieldStart("system");
        for (ContentPart.Text t : parts) BlockWriter.text(gen, t);
        gen.writeEndArray();
    }

    static void messages(JsonGenerator gen, List<ChatMessage> messages) throws IOException {
        gen.writeArrayFieldStart("messages");
        List<ChatMessage> turn = new ArrayList<>();
        for (ChatMessage m : messages) {
            if (isSystem(m)) continue;
            if (!turn.isEmpty() && !joinsTurn(turn, m)) {
                userTurn(gen, turn);
                turn.clear();
            }
            if (m.role() == Role.ASSISTANT) assistant(gen, m);
            else turn.add(m);
        }
        if (!turn.isEmpty()) userTurn(gen, turn);
        gen.writeEndArray();
    }

    /**
     * Tool results join a turn of tool results only (Anthropic wants them before any text of the turn); user
     * content joins a turn whose last message is a tool result.
     */
    private static boolean joinsTurn(List<ChatMessage> turn, ChatMessage next) {
        return switch (next.role()) {
            case TOOL -> turn.stream().allMatch(m -> m.role() == Role.TOOL);
            case USER -> turn.getLast().role() == Role.TOOL;
            default -> false;
        };
    }

    private static void userTurn(JsonGenerator gen, List<ChatMessage> turn) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("role", "user");
        ChatMessage only = turn.size() == 1 ? turn.getFirst() : null;
        if (only != null && only.role() == Role.USER && BlockWriter.isPlainText(only.content())) {
            gen.writeStringField("content", only.text());
        } else {
            gen.writeArrayFieldStart("content");
            for (ChatMessage m : turn) {
                if (m.role() == Role.TOOL) BlockWriter.toolResult(gen, m);
                else BlockWriter.parts(gen, m.content());
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
    }

    /** Content parts in their order (thinking first, as Anthropic produced them), then the tool calls. */
    private static void assistant(JsonGenerator gen, ChatMessage m) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("role", "assistant");
        if (m.toolCalls().isEmpty() && BlockWriter.isPlainText(m.content())) {
            gen.writeStringField("content", m.text());
        } else {
            gen.writeArrayFieldStart("content");
            BlockWriter.parts(gen, m.content());
            for (var call : m.toolCalls()) BlockWriter.toolUse(gen, call);
            gen.writeEndArray();
        }
        gen.writeEndObject();
    }
}
