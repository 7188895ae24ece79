package dev.gantry.extract.tika;

import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.TextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;

/**
 * {@link TextExtractor} on Apache Tika. Plain text and Markdown are read as they are (UTF-8); source code, CSV,
 * JSON and other text formats without markup become one fenced block, line for line; every other supported type
 * goes through Tika's {@link AutoDetectParser} into light Markdown ({@link MarkdownContentHandler}).
 * Embedded documents (attachments, pictures in a document) are not extracted.
 *
 * <p>A file is held in memory while it is read, so {@code maxBytes} bounds the memory of one extraction;
 * {@code maxChars} bounds the text (Tika's write limit). Thread-safe: one instance serves every caller.
 */
public final class TikaTextExtractor implements TextExtractor {
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    public static final int DEFAULT_MAX_CHARS = 10_000_000;
    private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 16;
    private static final System.Logger LOG = System.getLogger(TikaTextExtractor.class.getName());

    private final long maxBytes;
    private final int maxChars;
    private final AutoDetectParser parser;
    private final SupportedTypes supported;

    public TikaTextExtractor() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS);
    }

    /**
     * @param maxBytes largest file accepted, at most 2 GB (the file is held in memory)
     * @param maxChars most characters of text one document may yield
     */
    public TikaTextExtractor(long maxBytes, int maxChars) {
        if (maxBytes < 1 || maxBytes > LARGEST_ARRAY) {
            throw new IllegalArgumentException("maxBytes is " + maxBytes + "; it must be between 1 and " + LARGEST_ARRAY);
        }
        if (maxChars < 1) throw new IllegalArgumentException("maxChars is " + maxChars + "; it must be at least 1");
        this.maxBytes = maxBytes;
        this.maxChars = maxChars;
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.parser = new AutoDetectParser(config);
        this.supported = new SupportedTypes(config.getMediaTypeRegistry());
    }

    @Override
    public Extracted extract(String name, InputStream content) {
        String file = name == null || name.isBlank() ? "the file" : "'" + name.strip() + "'";
        byte[] bytes = read(file, content);
        if (bytes.length == 0) throw ExtractionErrors.empty(file);
        MediaType type = detect(bytes, name);
        if (!supported.isSupported(type)) throw ExtractionErrors.unsupported(file, type.getBaseType().toString());
        Extracted extracted = switch (supported.handling(type)) {
            case AS_IS -> readAsIs(file, bytes, type);
            case AS_CODE -> readAsCode(file, bytes, name, type);
            case PARSE -> parse(file, bytes, name, type);
        };
        if (extracted.text().isBlank()) throw ExtractionErrors.empty(file);
        return extracted;
    }

    private byte[] read(String file, InputStream content) {
        try {
            byte[] bytes = content.readNBytes((int) maxBytes + 1);
            if (bytes.length > maxBytes) throw ExtractionErrors.tooLarge(file, maxBytes);
            return bytes;
        } catch (IOException e) {
            LOG.log(Level.DEBUG, () -> "reading " + file + " failed", e);
            throw ExtractionErrors.unreadable(file, e);
        }
    }

    private MediaType detect(byte[] bytes, String name) {
        Metadata hints = new Metadata();
        if (name != null) hints.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return parser.getDetector().detect(in, hints);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, () -> "type detection failed for " + name, e);
            return MediaType.OCTET_STREAM;
        }
    }

    private Extracted readAsIs(String file, byte[] bytes, MediaType type) {
        String text = PlainText.decode(bytes);
        if (text.length() > maxChars) throw ExtractionErrors.tooMuchText(file, maxChars);
        String contentType = SupportedTypes.canonicalName(type);
        String title = DocumentMetadata.title(null, text);
        return new Extracted(text, title, contentType, DocumentMetadata.of(null, contentType, title));
    }

    /** The file's extension, when it has one, names the language of the fence ("```py"). */
    private Extracted readAsCode(String file, byte[] bytes, String name, MediaType type) {
        String code = Whitespace.preformatted(PlainText.decode(bytes));
        String info = name == null || name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.') + 1);
        String text = code.isBlank() ? "" : MarkdownOutput.fenced(code, info.matches("[A-Za-z0-9+#-]{1,16}") ? info : "");
        if (text.length() > maxChars) throw ExtractionErrors.tooMuchText(file, maxChars);
        String contentType = SupportedTypes.canonicalName(type);
        return new Extracted(text, null, contentType, DocumentMetadata.of(null, contentType, null));
    }

    private Extracted parse(String file, byte[] bytes, String name, MediaType type) {
        Metadata metadata = new Metadata();
        if (name != null) metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        MarkdownContentHandler handler = new MarkdownContentHandler(maxChars);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, metadata, context());
        } catch (Exception e) {
            throw failure(file, type, e);
        }
        String text = handler.markdown();
        String contentType = SupportedTypes.canonicalName(type);
        String title = DocumentMetadata.title(metadata, text);
        return new Extracted(text, title, contentType, DocumentMetadata.of(metadata, contentType, title));
    }

    /** Embedded documents are skipped (Tika's documented way: an EmptyParser for them); HTML keeps its divs. */
    private static ParseContext context() {
        ParseContext context = new ParseContext();
        context.set(Parser.class, EmptyParser.INSTANCE);
        context.set(HtmlMapper.class, StructureHtmlMapper.INSTANCE);
        return context;
    }

    private GantryException failure(String file, MediaType type, Exception e) {
        if (WriteLimitReachedException.isWriteLimitReached(e)) return ExtractionErrors.tooMuchText(file, maxChars);
        LOG.log(Level.DEBUG, () -> "parsing " + file + " as " + type + " failed", e);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) return ExtractionErrors.encrypted(file, e);
        }
        return ExtractionErrors.corrupt(file, type.getBaseType().toString(), e);
    }
}
