package dev.gantry.core.chat;

import java.util.List;

/**
 * One message of a conversation.
 *
 * @param content    text, image and thinking parts (empty list when there is none, never null)
 * @param toolCalls  calls the assistant asked for (assistant messages only; empty otherwise)
 * @param toolCallId the call this message answers (tool messages only)
 * @param name       optional participant name
 * @param isError    for tool results: the tool failed (Anthropic's is_error)
 */
public record ChatMessage(Role role, List<ContentPart> content, List<ToolCall> toolCalls, String toolCallId,
                          String name, boolean isError) {

    public ChatMessage {
        content = content == null ? List.of() : List.copyOf(content);
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    }

    public static ChatMessage system(String text) {
        return new ChatMessage(Role.SYSTEM, List.of(new ContentPart.Text(text)), null, null, null, false);
    }

    public static ChatMessage user(String text) {
        return new ChatMessage(Role.USER, List.of(new ContentPart.Text(text)), null, null, null, false);
    }

    public static ChatMessage assistant(String text) {
        return new ChatMessage(Role.ASSISTANT, text == null ? List.of() : List.of(new ContentPart.Text(text)),
                null, null, null, false);
    }

    public static ChatMessage assistantToolCalls(String text, List<ToolCall> calls) {
        return new ChatMessage(Role.ASSISTANT, text == null ? List.of() : List.of(new ContentPart.Text(text)),
                calls, null, null, false);
    }

    public static ChatMessage toolResult(String toolCallId, String text) {
        return new ChatMessage(Role.TOOL, List.of(new ContentPart.Text(text)), null, toolCallId, null, false);
    }

    /** All text parts joined, or null when there are none. */
    public String text() {
        StringBuilder sb = null;
        for (ContentPart p : content) {
            if (p instanceof ContentPart.Text t) {
                if (sb == null) sb = new StringBuilder();
                sb.append(t.text());
            }
        }
        return sb == null ? null : sb.toString();
    }
}
