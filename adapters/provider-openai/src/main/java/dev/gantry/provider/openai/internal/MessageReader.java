package dev.gantry.provider.openai.internal;

import static dev.gantry.provider.openai.internal.Params.at;
import static dev.gantry.provider.openai.internal.Params.describe;
import static dev.gantry.provider.openai.internal.Params.invalid;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.ToolCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Request messages: string or part-array content, assistant tool calls and reasoning, tool results.
 * Unknown message fields (SDKs echo back "refusal", "annotations", "audio": null) are ignored.
 */
final class MessageReader {
    private static final String ROLES = "system, developer, user, assistant, tool";

    private MessageReader() {
    }

    static List<ChatMessage> messages(JsonNode root) {
        JsonNode arr = Params.value(root, "messages");
        if (arr == null) {
            throw invalid("messages", "is required: send at least one message, e.g. [{\"role\":\"user\",\"content\":\"Hello\"}]");
        }
        if (!arr.isArray() || arr.isEmpty()) {
            throw invalid("messages", "must be a non-empty array of messages, got " + describe(arr));
        }
        List<ChatMessage> out = new ArrayList<>(arr.size());
        for (int i = 0; i < arr.size(); i++) out.add(message(arr.get(i), "messages[" + i + "]"));
        return out;
    }

    private static ChatMessage message(JsonNode m, String at) {
        if (!m.isObject()) throw invalid(at, "must be an object with a role and content, got " + describe(m));
        Role role = role(m, at);
        String name = Params.optString(m, "name", at);
        return switch (role) {
            case SYSTEM, DEVELOPER, USER -> new ChatMessage(role, content(m, at, role, true), null, null, name, false);
            case TOOL -> new ChatMessage(role, content(m, at, role, true), null,
                    Params.requiredString(m, "tool_call_id", at, "the id of the assistant tool call this result answers"),
                    name, false);
            case ASSISTANT -> assistant(m, at, name);
        };
    }

    private static Role role(JsonNode m, String at) {
        JsonNode r = Params.value(m, "role");
        if (r == null) throw invalid(at(at, "role"), "is required: one of " + ROLES);
        return switch (r.isTextual() ? r.textValue() : "") {
            case "system" -> Role.SYSTEM;
            case "developer" -> Role.DEVELOPER;
            case "user" -> Role.USER;
            case "assistant" -> Role.ASSISTANT;
            case "tool" -> Role.TOOL;
            default -> throw invalid(at(at, "role"), describe(r) + " is not one of " + ROLES);
        };
    }

    private static ChatMessage assistant(JsonNode m, String at, String name) {
        List<ToolCall> calls = toolCalls(m, at);
        List<ContentPart> content = content(m, at, Role.ASSISTANT, false);
        String reasoning = Params.optString(m, "reasoning_content", at);
        if (reasoning == null) reasoning = Params.optString(m, "reasoning", at);
        if (reasoning != null) {
            List<ContentPart> withThinking = new ArrayList<>(content.size() + 1);
            withThinking.add(new ContentPart.Thinking(reasoning, null, null));
            withThinking.addAll(content);
            content = withThinking;
        }
        return new ChatMessage(Role.ASSISTANT, content, calls, null, name, false);
    }

    private static List<ContentPart> content(JsonNode m, String at, Role role, boolean required) {
        JsonNode c = Params.value(m, "content");
        if (c == null) {
            if (!required) return List.of();
            throw invalid(at(at, "content"), "is required for " + role.wire()
                    + " messages: send a string or an array of content parts");
        }
        if (c.isTextual()) return List.of(new ContentPart.Text(c.textValue()));
        if (!c.isArray() || c.isEmpty()) {
            throw invalid(at(at, "content"), "must be a string or a non-empty array of content parts, got " + describe(c));
        }
        List<ContentPart> parts = new ArrayList<>(c.size());
        for (int i = 0; i < c.size(); i++) parts.add(part(c.get(i), at + ".content[" + i + "]", role));
        return parts;
    }

    private static ContentPart part(JsonNode p, String at, Role role) {
        if (!p.isObject()) {
            throw invalid(at, "must be a content part such as {\"type\":\"text\",\"text\":\"...\"}, got " + describe(p));
        }
        String type = Params.requiredString(p, "type", at, "one of text, image_url");
        Map<String, Object> cacheControl = Params.optPlainObject(p, "cache_control", at);
        return switch (type) {
            case "text" -> new ContentPart.Text(Params.requiredText(p, "text", at), cacheControl);
            case "image_url" -> image(p, at, role, cacheControl);
            case "input_audio", "file" -> throw invalid(at(at, "type"), "'" + type
                    + "' parts are not supported by this gateway yet; send text or image_url parts");
            default -> throw invalid(at(at, "type"), describe(p.get("type")) + " is not one of text, image_url");
        };
    }

    private static ContentPart image(JsonNode p, String at, Role role, Map<String, Object> cacheControl) {
        if (role != Role.USER && role != Role.TOOL) {
            throw invalid(at, "is an image_url part, which " + role.wire()
                    + " messages cannot carry; move the image to a user message");
        }
        JsonNode img = Params.value(p, "image_url");
        if (img != null && img.isTextual()) return new ContentPart.Image(img.textValue(), null, null, null, cacheControl);
        if (img == null || !img.isObject()) {
            throw invalid(at(at, "image_url"), "must be an object {\"url\":\"https://...\"}, got " + describe(img));
        }
        String where = at(at, "image_url");
        String url = Params.requiredString(img, "url", where, "an https URL or a data:image/...;base64,... URL");
        String detail = Params.optString(img, "detail", where);
        if (detail != null && !detail.equals("auto") && !detail.equals("low") && !detail.equals("high")) {
            throw invalid(at(where, "detail"), describe(img.get("detail")) + " is not one of auto, low, high");
        }
        return new ContentPart.Image(url, null, null, detail, cacheControl);
    }

    private static List<ToolCall> toolCalls(JsonNode m, String at) {
        JsonNode arr = Params.optArray(m, "tool_calls", at);
        if (arr == null || arr.isEmpty()) return List.of();
        List<ToolCall> calls = new ArrayList<>(arr.size());
        for (int i = 0; i < arr.size(); i++) calls.add(toolCall(arr.get(i), at + ".tool_calls[" + i + "]"));
        return calls;
    }

    private static ToolCall toolCall(JsonNode c, String at) {
        if (!c.isObject()) throw invalid(at, "must be a tool call object, got " + describe(c));
        String type = Params.optString(c, "type", at);
        if (type != null && !type.equals("function")) {
            throw invalid(at(at, "type"), describe(c.get("type")) + " is not supported; only 'function' tool calls are");
        }
        String id = Params.requiredString(c, "id", at, "the call's id, which the tool message answering it repeats");
        JsonNode fn = Params.optObject(c, "function", at);
        if (fn == null) throw invalid(at(at, "function"), "is required: {\"name\":\"...\",\"arguments\":\"{...}\"}");
        String where = at(at, "function");
        String name = Params.requiredString(fn, "name", where, "the name of the function called");
        JsonNode args = Params.value(fn, "arguments");
        if (args == null || !args.isTextual()) {
            throw invalid(at(where, "arguments"), "must be the arguments as JSON text (a string such as \"{}\"), got "
                    + describe(args));
        }
        return new ToolCall(id, name, args.textValue());
    }
}
