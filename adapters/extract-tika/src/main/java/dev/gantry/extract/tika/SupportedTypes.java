package dev.gantry.extract.tika;

import java.util.List;
import java.util.Set;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * Which detected types are documents worth indexing. Tika parses far more (images for their EXIF, archives
 * and executables for their entries), but those give no text or text that is not the user's; e-mail is left
 * out until attachments are handled. A type counts when it is, or specialises, one of the families below.
 */
final class SupportedTypes {
    static final String DESCRIPTION = "plain text, Markdown, source code, CSV, JSON, HTML, XML, PDF, Word (.docx, "
            + ".doc), Excel (.xlsx, .xls), PowerPoint (.pptx, .ppt), OpenDocument (.odt, .ods, .odp), RTF and EPUB";

    private static final Set<MediaType> READ_AS_IS = Set.of(MediaType.TEXT_PLAIN, MediaType.text("markdown"),
            MediaType.text("x-markdown"), MediaType.text("x-web-markdown"));
    /** Text types with markup that Tika's parsers turn into structure; every other text type is code or data. */
    private static final List<MediaType> MARKUP = List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_XML,
            MediaType.application("rtf"));
    private static final List<MediaType> FAMILIES = List.of(MediaType.TEXT_PLAIN, MediaType.application("pdf"),
            MediaType.application("x-tika-ooxml"), MediaType.application("x-tika-msoffice"),
            MediaType.application("vnd.oasis.opendocument.text"),
            MediaType.application("vnd.oasis.opendocument.spreadsheet"),
            MediaType.application("vnd.oasis.opendocument.presentation"), MediaType.application("epub+zip"));
    private static final Set<String> EXCLUDED_TOP_LEVEL = Set.of("image", "audio", "video", "message", "model");
    private static final Set<MediaType> EXCLUDED = Set.of(MediaType.application("x-ms-installer"),
            MediaType.application("vnd.ms-outlook"));

    private final MediaTypeRegistry registry;

    SupportedTypes(MediaTypeRegistry registry) {
        this.registry = registry;
    }

    boolean isSupported(MediaType type) {
        MediaType base = registry.normalize(type.getBaseType());
        if (EXCLUDED_TOP_LEVEL.contains(base.getType()) || EXCLUDED.contains(base)) return false;
        return FAMILIES.stream().anyMatch(family -> registry.isInstanceOf(base, family));
    }

    /** How a supported type becomes Markdown. */
    enum Handling {
        /** Plain text and Markdown are already the target form. */
        AS_IS,
        /** Source code, CSV, JSON, logs: kept line for line in a fenced block (Tika would join the lines). */
        AS_CODE,
        /** Everything else goes through Tika's parsers. */
        PARSE
    }

    Handling handling(MediaType type) {
        MediaType base = registry.normalize(type.getBaseType());
        if (isReadAsIs(base)) return Handling.AS_IS;
        boolean text = registry.isInstanceOf(base, MediaType.TEXT_PLAIN);
        boolean markup = MARKUP.stream().anyMatch(m -> registry.isInstanceOf(base, m));
        return text && !markup ? Handling.AS_CODE : Handling.PARSE;
    }

    private static boolean isReadAsIs(MediaType type) {
        return READ_AS_IS.contains(type.getBaseType());
    }

    /** The standard name for Markdown (RFC 7763) rather than Tika's legacy ones. */
    static String canonicalName(MediaType type) {
        MediaType base = type.getBaseType();
        return isReadAsIs(base) && !base.equals(MediaType.TEXT_PLAIN) ? "text/markdown" : base.toString();
    }
}
