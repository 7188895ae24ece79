package dev.gantry.provider.anthropic.internal;

import static dev.gantry.provider.anthropic.internal.Fields.invalid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.chat.ToolCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads single inbound content blocks (text, image, tool_use, tool_result content, thinking). */
final class BlockReader {
    private static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp");

    private BlockReader() {
    }

    static String type(JsonNode block, String path) {
        Fields.object(block, path);
        return Fields.requiredText(block, "type", path + ".type");
    }

    static ContentPart.Text text(JsonNode block, String path) {
        // citations on text blocks have no place in the core and are dropped
        return new ContentPart.Text(Fields.requiredText(block, "text", path + ".text"),
                Fields.cacheControl(block, path));
    }

    static ContentPart.Image image(JsonNode block, String path) {
        JsonNode source = Fields.requiredObject(block, "source", path + ".source");
        String sourceType = Fields.requiredText(source, "type", path + ".source.type");
        Map<String, Object> cache = Fields.cacheControl(block, path);
        return switch (sourceType) {
            case "base64" -> new ContentPart.Image(null, mediaType(source, path),
                    Fields.requiredText(source, "data", path + ".source.data"), null, cache);
            case "url" -> new ContentPart.Image(Fields.requiredText(source, "url", path + ".source.url"),
                    null, null, null, cache);
            default -> throw invalid(path + ".source.type", "'" + sourceType
                    + "' is not supported; send the image as {\"type\":\"base64\",...} or {\"type\":\"url\",...}");
        };
    }

    private static String mediaType(JsonNode source, String path) {
        String mediaType = Fields.requiredText(source, "media_type", path + ".source.media_type");
        if (!IMAGE_TYPES.contains(mediaType)) {
            throw invalid(path + ".source.media_type", "'" + mediaType
                    + "' is not supported; use one of image/jpeg, image/png, image/gif, image/webp");
        }
        return mediaType;
    }

    static ToolCall toolUse(JsonNode block, String path) {
        String id = Fields.requiredText(block, "id", path + ".id");
        String name = Fields.requiredText(block, "name", path + ".name");
        JsonNode input = Fields.requiredObject(block, "input", path + ".input");
        // tool_use cache_control has no place in the core ToolCall and is dropped
        return new ToolCall(id, name, jsonText(input));
    }

    static ContentPart.Thinking thinking(JsonNode block, String path) {
        return new ContentPart.Thinking(Fields.requiredText(block, "thinking", path + ".thinking"),
                Fields.requiredText(block, "signature", path + ".signature"), null);
    }

    static ContentPart.Thinking redactedThinking(JsonNode block, String path) {
        return new ContentPart.Thinking(null, null, Fields.requiredText(block, "data", path + ".data"));
    }

    /**
     * A tool_result's content: a string or text/image blocks. The block's own cache_control is carried by its
     * last part (the cache breakpoint sits at the same place in the prompt).
     */
    static List<ContentPart> toolResultContent(JsonNode block, String path) {
        Map<String, Object> cache = Fields.cacheControl(block, path);
        JsonNode content = block.get("content");
        List<ContentPart> parts = new ArrayList<>();
        if (Fields.absent(content)) {
            if (cache != null) parts.add(new ContentPart.Text("", cache));
            return parts;
        }
        if (content.isTextual()) {
            parts.add(new ContentPart.Text(content.textValue(), cache));
            return parts;
        }
        Fields.array(content, path + ".content");
        for (int i = 0; i < content.size(); i++) {
            parts.add(toolResultPart(content.get(i), path + ".content[" + i + "]"));
        }
        if (cache != null && !parts.isEmpty() && parts.getLast().cacheControl() == null) {
            parts.set(parts.size() - 1, withCache(parts.getLast(), cache));
        }
        return parts;
    }

    private static ContentPart toolResultPart(JsonNode block, String path) {
        String type = type(block, path);
        return switch (type) {
            case "text" -> text(block, path);
            case "image" -> image(block, path);
            default -> throw invalid(path + ".type", "'" + type
                    + "' is not supported inside tool_result content; use text or image blocks");
        };
    }

    private static ContentPart withCache(ContentPart part, Map<String, Object> cache) {
        return switch (part) {
            case ContentPart.Text t -> new ContentPart.Text(t.text(), cache);
            case ContentPart.Image i -> new ContentPart.Image(i.url(), i.mediaType(), i.base64Data(), i.detail(), cache);
            case ContentPart.Thinking th -> th;
        };
    }

    static String jsonText(JsonNode node) {
        try {
            return Json.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed JSON tree always serialises", e);
        }
    }
}
