package dev.gantry.core.rag;

import java.io.InputStream;

/**
 * Turns a file's bytes into text for chunking. Structure is kept as light Markdown: {@code #} headings,
 * fenced code blocks, {@code |}-separated table rows, blank lines between paragraphs.
 */
public interface TextExtractor {
    /**
     * @param name file name, used for the type hint and in error messages
     * @throws dev.gantry.core.error.GantryException (invalid_request) for unsupported, corrupt or empty files
     */
    Extracted extract(String name, InputStream content);

    /** @param metadata what the file itself says (title, author, content type...) */
    record Extracted(String text, String title, String contentType, java.util.Map<String, String> metadata) {
    }
}
