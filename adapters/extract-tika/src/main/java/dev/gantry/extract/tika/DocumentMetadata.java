package dev.gantry.extract.tika;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * What a file says about itself, under Gantry's own keys (title, author, content_type, page_count, created,
 * modified, language) so filters do not depend on Tika's names. Only keys with a value are present.
 */
final class DocumentMetadata {
    private static final Pattern FIRST_H1 = Pattern.compile("(?m)^ {0,3}#[ \\t]+(.+?)(?:[ \\t]+#+)?[ \\t]*$");

    private DocumentMetadata() {
    }

    /** The declared title, else the document's first level-1 heading, else null. */
    static String title(Metadata metadata, String markdown) {
        String declared = metadata == null ? null : value(metadata, TikaCoreProperties.TITLE);
        if (declared != null) return declared;
        Matcher h1 = FIRST_H1.matcher(markdown);
        return h1.find() ? h1.group(1).strip() : null;
    }

    static Map<String, String> of(Metadata metadata, String contentType, String title) {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "title", title);
        put(out, "content_type", contentType);
        if (metadata != null) {
            put(out, "author", value(metadata, TikaCoreProperties.CREATOR));
            put(out, "page_count", firstOf(metadata, PagedText.N_PAGES, Office.PAGE_COUNT, Office.SLIDE_COUNT));
            put(out, "created", value(metadata, TikaCoreProperties.CREATED));
            put(out, "modified", value(metadata, TikaCoreProperties.MODIFIED));
            put(out, "language", value(metadata, TikaCoreProperties.LANGUAGE));
        }
        return out;
    }

    private static String firstOf(Metadata metadata, Property... properties) {
        return Arrays.stream(properties).map(p -> value(metadata, p)).filter(v -> v != null).findFirst().orElse(null);
    }

    /** All values of a property, joined ("Ada Lovelace, Charles Babbage"), white space normalised. */
    private static String value(Metadata metadata, Property property) {
        String joined = Arrays.stream(metadata.getValues(property)).map(Whitespace::normalize)
                .filter(v -> !v.isEmpty()).distinct().collect(Collectors.joining(", "));
        return joined.isEmpty() ? null : joined;
    }

    private static void put(Map<String, String> out, String key, String value) {
        if (value != null && !value.isBlank()) out.put(key, value);
    }
}
