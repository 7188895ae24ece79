package dev.gantry.provider.anthropic.internal;

import static dev.gantry.provider.anthropic.internal.Fields.invalid;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.ToolCall;
import java.util.ArrayList;
import java.util.List;

/**
 * Inbound {@code system} and {@code messages}: user turns become USER messages, each tool_result becomes its
 * own TOOL message (in order, splitting the user turn around it), assistant turns become ASSISTANT messages,
 * system-role messages (accepted by newer API versions) SYSTEM messages where they stand.
 */
final class MessageReader {
    private static final String USER_BLOCKS = "text, image, tool_result";
    private static final String ASSISTANT_BLOCKS = "text, image, tool_use, thinking, redacted_thinking";

    private MessageReader() {
    }

    /** The top-level {@code system} parameter, or the content of a system-role message (newer API versions). */
    static void system(JsonNode system, String basePath, List<ChatMessage> out) {
        if (system.isTextual()) {
            out.add(ChatMessage.system(system.textValue()));
            return;
        }
        Fields.array(system, basePath);
        List<ContentPart> parts = new ArrayList<>(system.size());
        for (int i = 0; i < system.size(); i++) {
            String path = basePath + "[" + i + "]";
            String type = BlockReader.type(system.get(i), path);
            if (!type.equals("text")) throw invalid(path + ".type", "'" + type + "' is not allowed; system blocks must be text");
            parts.add(BlockReader.text(system.get(i), path));
        }
        out.add(new ChatMessage(Role.SYSTEM, parts, null, null, null, false));
    }

    static void messages(JsonNode messages, List<ChatMessage> out) {
        Fields.array(messages, "messages");
        if (messages.isEmpty()) throw invalid("messages", "must hold at least one message");
        for (int i = 0; i < messages.size(); i++) {
            message(messages.get(i), "messages[" + i + "]", out);
        }
    }

    private static void message(JsonNode message, String path, List<ChatMessage> out) {
        Fields.object(message, path);
        String role = Fields.requiredText(message, "role", path + ".role");
        JsonNode content = message.get("content");
        if (Fields.absent(content)) throw invalid(path + ".content", "is required; send a string or an array of blocks");
        switch (role) {
            case "user" -> user(content, path, out);
            case "assistant" -> out.add(assistant(content, path));
            case "system" -> system(content, path + ".content", out);
            default -> throw invalid(path + ".role", "'" + role + "' is not supported; use user, assistant or system");
        }
    }

    private static void user(JsonNode content, String path, List<ChatMessage> out) {
        if (content.isTextual()) {
            out.add(ChatMessage.user(content.textValue()));
            return;
        }
        Fields.array(content, path + ".content");
        List<ContentPart> parts = new ArrayList<>();
        boolean hadToolResult = false;
        for (int i = 0; i < content.size(); i++) {
            String blockPath = path + ".content[" + i + "]";
            JsonNode block = content.get(i);
            String type = BlockReader.type(block, blockPath);
            switch (type) {
                case "text" -> parts.add(BlockReader.text(block, blockPath));
                case "image" -> parts.add(BlockReader.image(block, blockPath));
                case "tool_result" -> {
                    flushUser(parts, out);
                    out.add(toolResult(block, blockPath));
                    hadToolResult = true;
                }
                default -> throw unsupported(blockPath, type, "user", USER_BLOCKS);
            }
        }
        // an empty content array still is a user turn; keep it so nothing silently disappears
        if (!parts.isEmpty() || !hadToolResult) out.add(userMessage(parts));
    }

    private static void flushUser(List<ContentPart> parts, List<ChatMessage> out) {
        if (parts.isEmpty()) return;
        out.add(userMessage(parts));
        parts.clear();
    }

    private static ChatMessage userMessage(List<ContentPart> parts) {
        return new ChatMessage(Role.USER, parts, null, null, null, false);
    }

    private static ChatMessage toolResult(JsonNode block, String path) {
        String toolUseId = Fields.requiredText(block, "tool_use_id", path + ".tool_use_id");
        Boolean isError = Fields.optionalBoolean(block.get("is_error"), path + ".is_error");
        return new ChatMessage(Role.TOOL, BlockReader.toolResultContent(block, path), null, toolUseId, null,
                Boolean.TRUE.equals(isError));
    }

    private static ChatMessage assistant(JsonNode content, String path) {
        if (content.isTextual()) return ChatMessage.assistant(content.textValue());
        Fields.array(content, path + ".content");
        List<ContentPart> parts = new ArrayList<>();
        List<ToolCall> calls = new ArrayList<>();
        for (int i = 0; i < content.size(); i++) {
            String blockPath = path + ".content[" + i + "]";
            JsonNode block = content.get(i);
            String type = BlockReader.type(block, blockPath);
            switch (type) {
                case "text" -> parts.add(BlockReader.text(block, blockPath));
                case "image" -> parts.add(BlockReader.image(block, blockPath));
                case "thinking" -> parts.add(BlockReader.thinking(block, blockPath));
                case "redacted_thinking" -> parts.add(BlockReader.redactedThinking(block, blockPath));
                case "tool_use" -> calls.add(BlockReader.toolUse(block, blockPath));
                default -> throw unsupported(blockPath, type, "assistant", ASSISTANT_BLOCKS);
            }
        }
        return new ChatMessage(Role.ASSISTANT, parts, calls, null, null, false);
    }

    private static RuntimeException unsupported(String path, String type, String role, String allowed) {
        return invalid(path + ".type", "'" + type + "' is not supported in " + role
                + " messages by this gateway; use one of " + allowed);
    }
}
