package dev.gantry.core.chat;

import java.util.Map;

/**
 * One part of a message's content. {@code cacheControl} carries Anthropic's prompt-caching marker
 * (e.g. {@code {"type":"ephemeral"}}) so it survives a round trip; other dialects ignore it.
 */
public sealed interface ContentPart {

    Map<String, Object> cacheControl();

    /** Plain text. */
    record Text(String text, Map<String, Object> cacheControl) implements ContentPart {
        public Text(String text) {
            this(text, null);
        }
    }

    /**
     * An image, either by URL ({@code url} set, may be a data: URL) or inline ({@code mediaType} + {@code base64Data}).
     * {@code detail} is OpenAI's low/high/auto hint.
     */
    record Image(String url, String mediaType, String base64Data, String detail, Map<String, Object> cacheControl)
            implements ContentPart {
        public static Image ofUrl(String url, String detail) {
            return new Image(url, null, null, detail, null);
        }

        public static Image ofBase64(String mediaType, String data) {
            return new Image(null, mediaType, data, null, null);
        }
    }

    /**
     * Model reasoning. Anthropic's thinking blocks carry a {@code signature}; redacted thinking carries
     * opaque {@code redactedData} instead of text. Both must be sent back unchanged on the next turn.
     */
    record Thinking(String text, String signature, String redactedData) implements ContentPart {
        @Override
        public Map<String, Object> cacheControl() {
            return null;
        }
    }
}
