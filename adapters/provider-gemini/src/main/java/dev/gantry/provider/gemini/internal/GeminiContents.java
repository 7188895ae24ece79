package dev.gantry.provider.gemini.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the conversation as Gemini {@code systemInstruction} + {@code contents}. Gemini wants user and
 * model turns to alternate, so consecutive messages mapping to the same role are merged into one content
 * (tool results are user turns).
 *
 * <p>Thought signatures: a signed {@link ContentPart.Thinking} of an assistant message contributes its
 * signature (its text is not re-sent: Gemini reads the signature, not the thought summary). Signatures are
 * attached to the message's function calls in order, any left over to its last text part. Gemini 3 rejects a
 * model turn whose first function call carries no signature, which is what histories written by other
 * providers or OpenAI-dialect clients look like, so such a call gets Google's documented sentinel.
 */
public final class GeminiContents {
    /** Google's documented value for function calls that have no real signature. */
    public static final String SKIP_SIGNATURE = "skip_thought_signature_validator";

    private final Map<String, String> toolNames = new HashMap<>();
    private final boolean signaturesRequired;
    private final ArrayNode contents;
    private String lastRole;
    private ArrayNode lastParts;

    private GeminiContents(ArrayNode contents, boolean signaturesRequired) {
        this.contents = contents;
        this.signaturesRequired = signaturesRequired;
    }

    public static void write(List<ChatMessage> messages, String model, ObjectNode root) {
        ArrayNode system = systemParts(messages);
        if (system != null) root.putObject("systemInstruction").set("parts", system);
        GeminiContents writer = new GeminiContents(root.putArray("contents"), signaturesRequired(model));
        for (ChatMessage m : messages) writer.add(m);
    }

    /** Gemini 1.x/2.x and Gemma never enforce signatures; newer Gemini models do. */
    static boolean signaturesRequired(String model) {
        if (model == null) return false;
        String m = model.toLowerCase(Locale.ROOT);
        if (m.startsWith("models/")) m = m.substring("models/".length());
        return m.startsWith("gemini-") && !m.startsWith("gemini-1") && !m.startsWith("gemini-2");
    }

    private static ArrayNode systemParts(List<ChatMessage> messages) {
        ArrayNode parts = null;
        for (ChatMessage m : messages) {
            if (m.role() != Role.SYSTEM && m.role() != Role.DEVELOPER) continue;
            for (ContentPart p : m.content()) {
                if (p instanceof ContentPart.Text t && !t.text().isEmpty()) {
                    if (parts == null) parts = GeminiJson.NODES.arrayNode();
                    parts.add(GeminiParts.text(t.text()));
                }
            }
        }
        return parts;
    }

    private void add(ChatMessage m) {
        switch (m.role()) {
            case SYSTEM, DEVELOPER -> { }
            case USER -> append("user", userParts(m));
            case ASSISTANT -> append("model", modelParts(m));
            case TOOL -> append("user", toolResultParts(m));
        }
    }

    private void append(String role, ArrayNode parts) {
        if (parts.isEmpty()) return;
        if (role.equals(lastRole)) {
            lastParts.addAll(parts);
            return;
        }
        ObjectNode content = contents.addObject().put("role", role);
        content.set("parts", parts);
        lastRole = role;
        lastParts = parts;
    }

    private static ArrayNode userParts(ChatMessage m) {
        ArrayNode parts = GeminiJson.NODES.arrayNode();
        for (ContentPart p : m.content()) {
            if (p instanceof ContentPart.Text t) parts.add(GeminiParts.text(t.text()));
            else if (p instanceof ContentPart.Image i) parts.add(GeminiParts.image(i));
        }
        return parts;
    }

    private ArrayNode modelParts(ChatMessage m) {
        ArrayNode parts = GeminiJson.NODES.arrayNode();
        Deque<String> signatures = new ArrayDeque<>();
        ObjectNode lastText = null;
        for (ContentPart p : m.content()) {
            switch (p) {
                case ContentPart.Text t when !t.text().isEmpty() -> parts.add(lastText = GeminiParts.text(t.text()));
                case ContentPart.Thinking th when th.signature() != null -> signatures.add(th.signature());
                case ContentPart.Image i -> parts.add(GeminiParts.image(i));
                default -> { } // empty text, unsigned or redacted thinking: nothing Gemini can use
            }
        }
        boolean first = true;
        for (ToolCall call : m.toolCalls()) {
            toolNames.put(call.id(), call.name());
            ObjectNode part = parts.addObject();
            part.putObject("functionCall").put("name", call.name()).set("args", arguments(call));
            String signature = signatures.poll();
            if (signature == null && first && signaturesRequired) signature = SKIP_SIGNATURE;
            if (signature != null) part.put("thoughtSignature", signature);
            first = false;
        }
        if (!signatures.isEmpty() && lastText != null) lastText.put("thoughtSignature", signatures.peekLast());
        return parts;
    }

    private static JsonNode arguments(ToolCall call) {
        String args = call.arguments();
        if (args == null || args.isBlank()) return GeminiJson.object();
        try {
            JsonNode parsed = GeminiJson.MAPPER.readTree(args);
            if (parsed instanceof ObjectNode) return parsed;
        } catch (JsonProcessingException e) {
            throw new GantryException(ErrorKind.INVALID_REQUEST, notAnObject(call), "messages", null, e);
        }
        throw GantryException.invalid("messages", notAnObject(call));
    }

    private static String notAnObject(ToolCall call) {
        return "the arguments of assistant tool call '" + call.id() + "' (" + call.name()
                + ") are not a JSON object; Gemini takes function arguments as an object: send e.g. {} or {\"city\":\"Paris\"}";
    }

    private ArrayNode toolResultParts(ChatMessage m) {
        ArrayNode parts = GeminiJson.NODES.arrayNode();
        ObjectNode response = parts.addObject().putObject("functionResponse").put("name", toolName(m));
        response.set("response", resultObject(m));
        for (ContentPart p : m.content()) {
            if (p instanceof ContentPart.Image i) parts.add(GeminiParts.image(i)); // e.g. a screenshot tool
        }
        return parts;
    }

    /** Gemini matches results to calls by function name, which only the earlier assistant call knows. */
    private String toolName(ChatMessage m) {
        String name = toolNames.get(m.toolCallId());
        if (name == null) name = m.name();
        if (name == null) {
            throw GantryException.invalid("messages", "the tool message answering tool_call_id '" + m.toolCallId()
                    + "' matches no earlier assistant tool call; send the assistant message with that tool call before its result");
        }
        return name;
    }

    /** A JSON-object result is sent as is; anything else is wrapped, as Gemini requires an object. */
    private static JsonNode resultObject(ChatMessage m) {
        String text = m.text();
        if (text == null) text = "";
        String trimmed = text.strip();
        if (trimmed.startsWith("{")) {
            try {
                JsonNode parsed = GeminiJson.MAPPER.readTree(trimmed);
                if (parsed instanceof ObjectNode) return parsed;
            } catch (JsonProcessingException e) {
                // not JSON after all: wrapped as text below
            }
        }
        return GeminiJson.object().put(m.isError() ? "error" : "result", text);
    }
}
