package dev.gantry.provider.gemini.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.chat.ContentPart;
import dev.gantry.core.error.GantryException;
import java.util.Locale;
import java.util.Map;

/** Writes user-side content parts (text and images) as Gemini {@code Part} objects. */
public final class GeminiParts {
    private static final Map<String, String> MIME_BY_EXTENSION = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "webp", "image/webp",
            "gif", "image/gif", "heic", "image/heic", "heif", "image/heif", "pdf", "application/pdf");

    private GeminiParts() {
    }

    public static ObjectNode text(String text) {
        return GeminiJson.object().put("text", text);
    }

    /** Inline base64 images and data: URLs become inlineData; http(s) and gs:// URLs become fileData. */
    public static ObjectNode image(ContentPart.Image image) {
        if (image.base64Data() != null) return inline(image.mediaType(), image.base64Data());
        String url = image.url();
        if (url == null || url.isBlank()) {
            throw GantryException.invalid("messages",
                    "an image part has neither a url nor base64 data; send image_url.url or base64 data with its media type");
        }
        if (url.startsWith("data:")) return fromDataUrl(url);
        ObjectNode fileData = GeminiJson.object();
        String mime = image.mediaType() != null ? image.mediaType() : guessMime(url);
        if (mime != null) fileData.put("mimeType", mime);
        fileData.put("fileUri", url);
        ObjectNode part = GeminiJson.object();
        part.set("fileData", fileData);
        return part;
    }

    private static ObjectNode inline(String mimeType, String base64) {
        ObjectNode part = GeminiJson.object();
        part.putObject("inlineData").put("mimeType", mimeType == null ? "image/png" : mimeType).put("data", base64);
        return part;
    }

    /** data:[mime];base64,DATA — Gemini only takes base64 payloads. */
    private static ObjectNode fromDataUrl(String url) {
        int comma = url.indexOf(',');
        String header = comma < 0 ? "" : url.substring(5, comma);
        if (comma < 0 || !header.endsWith(";base64")) {
            throw GantryException.invalid("messages",
                    "an image data: URL is not base64-encoded; Gemini accepts only data:<mime>;base64,<data> URLs");
        }
        String mime = header.substring(0, header.length() - ";base64".length());
        return inline(mime.isEmpty() ? null : mime, url.substring(comma + 1));
    }

    private static String guessMime(String url) {
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        int dot = path.lastIndexOf('.');
        if (dot < 0 || dot < path.lastIndexOf('/')) return null;
        return MIME_BY_EXTENSION.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
