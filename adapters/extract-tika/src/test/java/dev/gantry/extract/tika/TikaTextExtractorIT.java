package dev.gantry.extract.tika;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.rag.TextExtractor.Extracted;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TikaTextExtractorIT {
    private static final TikaTextExtractor EXTRACTOR = new TikaTextExtractor();

    private static Extracted extract(String name, byte[] bytes) {
        return EXTRACTOR.extract(name, new ByteArrayInputStream(bytes));
    }

    private static GantryException failure(TikaTextExtractor extractor, String name, byte[] bytes) {
        GantryException e = catchThrowableOfType(GantryException.class,
                () -> extractor.extract(name, new ByteArrayInputStream(bytes)));
        assertThat(e).as("extracting %s fails", name).isNotNull();
        assertThat(e.getMessage()).contains("'" + name + "'");
        assertThat(e.param()).isEqualTo("file");
        return e;
    }

    private static GantryException failure(String name, byte[] bytes) {
        return failure(EXTRACTOR, name, bytes);
    }

    @Test
    void htmlBecomesMarkdownWithHeadingsCodeTablesAndLists() {
        String html = """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>Install guide</title>
                <style>p { color: red }</style><script>var secret = 1;</script></head><body>
                <h1>Install</h1>
                <p>Run the   installer
                with <code>--quiet</code>.</p>
                <h2>Options</h2>
                <pre><code>gantry --port 8080
                  --verbose</code></pre>
                <table><thead><tr><th>Flag</th><th>Meaning</th></tr></thead>
                <tbody><tr><td>--port</td><td>listen port</td></tr><tr><td>--verbose</td><td>more | logs</td></tr></tbody></table>
                <ul><li>Linux</li><li>macOS<ul><li>Intel</li></ul></li></ul>
                <div>First division.</div><div>Second division.</div>
                <p># not a heading</p>
                </body></html>""";

        Extracted e = extract("guide.html", html.getBytes(UTF_8));

        assertThat(e.text()).isEqualTo("""
                # Install

                Run the installer with `--quiet`.

                ## Options

                ```
                gantry --port 8080
                  --verbose
                ```

                | Flag | Meaning |
                | --- | --- |
                | --port | listen port |
                | --verbose | more \\| logs |

                - Linux
                - macOS
                  - Intel

                First division.

                Second division.

                \\# not a heading""");
        assertThat(e.title()).isEqualTo("Install guide");
        assertThat(e.contentType()).isEqualTo("text/html");
        assertThat(e.metadata()).containsEntry("title", "Install guide").containsEntry("content_type", "text/html");
    }

    @Test
    void docxHeadingsParagraphsAndTablesAreKept() {
        Extracted e = extract("report.docx", Fixtures.docx());

        assertThat(e.text()).isEqualTo("""
                # Results

                Revenue grew by 12% this quarter.

                ## By region

                | Region | Growth |
                | --- | --- |
                | EU | 8% |""");
        assertThat(e.title()).isEqualTo("Quarterly report");
        assertThat(e.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(e.metadata()).containsEntry("author", "Ada Lovelace").containsKey("created");
    }

    @Test
    void xlsxSheetsBecomeTables() {
        Extracted e = extract("prices.xlsx", Fixtures.xlsx());

        assertThat(e.text()).contains("| Item | Price |\n| --- | --- |\n| Bolt | 0.25 |\n| Nut | 0.10 |");
    }

    @Test
    void pdfPagesBecomeParagraphsWithTheDocumentInformation() {
        Extracted e = extract("manual.pdf", Fixtures.pdf(false));

        assertThat(e.text()).isEqualTo("""
                Page 1 starts the check list. The line wraps onto this one.

                A second paragraph after a gap.

                Page 2 starts the check list. The line wraps onto this one.

                A second paragraph after a gap.""");
        assertThat(e.title()).isEqualTo("Pump manual");
        assertThat(e.contentType()).isEqualTo("application/pdf");
        assertThat(e.metadata()).containsEntry("author", "Grace Hopper").containsEntry("page_count", "2");
    }

    @Test
    void epubAndRtfAreRead() {
        Extracted epub = extract("stories.epub", Fixtures.epub());
        Extracted rtf = extract("note.rtf", "{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0\\pard Hello {\\b bold} world.\\par}"
                .getBytes(UTF_8));

        assertThat(epub.text()).isEqualTo("# Chapter One\n\nIt was a dark night.");
        assertThat(epub.title()).isEqualTo("Sea Stories");
        assertThat(epub.metadata()).containsEntry("language", "en");
        assertThat(rtf.text()).isEqualTo("Hello bold world.");
        assertThat(rtf.contentType()).isEqualTo("application/rtf");
    }

    @Test
    void markdownAndTextAreReadAsTheyAre() {
        String markdown = "# Title\r\n\r\nSome *text* with a table:\r\n\r\n| a | b |\r\n";
        byte[] withBom = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, markdown.getBytes(UTF_8));

        Extracted md = extract("notes.md", withBom);
        Extracted txt = extract("plain.txt", concat("caf".getBytes(UTF_8), new byte[]{(byte) 0xE9, ' ', 'o', 'k'}));

        assertThat(md.text()).isEqualTo(markdown);
        assertThat(md.title()).isEqualTo("Title");
        assertThat(md.contentType()).isEqualTo("text/markdown");
        assertThat(txt.text()).isEqualTo("caf\uFFFD ok");
        assertThat(txt.contentType()).isEqualTo("text/plain");
        assertThat(txt.title()).isNull();
    }

    @Test
    void sourceCodeAndCsvKeepTheirLinesInAFence() {
        Extracted python = extract("tool.py", "def f(x):\r\n    return x  # ```\r\n".getBytes(UTF_8));
        Extracted csv = extract("stock.csv", "name,qty\nbolt,3\nnut,5\n".getBytes(UTF_8));

        assertThat(python.text()).isEqualTo("````py\ndef f(x):\n    return x  # ```\n````");
        assertThat(python.contentType()).isEqualTo("text/x-python");
        assertThat(csv.text()).isEqualTo("```csv\nname,qty\nbolt,3\nnut,5\n```");
    }

    @Test
    void unsupportedTypesAreRefusedWithTheListOfSupportedOnes() {
        byte[] zip = Fixtures.zip(new String[][]{{"a.txt", "hello"}});

        GantryException archive = failure("bundle.zip", zip);
        GantryException image = failure("photo.png", Fixtures.png());
        GantryException disguised = failure("photo.txt", Fixtures.png());
        GantryException binary = failure("blob", new byte[]{0, 1, 2, 3, (byte) 0xFF, (byte) 0xFE, 0, 7, 9});

        assertThat(archive.kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
        assertThat(archive.getMessage()).contains("application/zip").contains("cannot be indexed")
                .contains("PDF").contains("Word (.docx, .doc)");
        assertThat(image.getMessage()).contains("image/png");
        assertThat(disguised.getMessage()).contains("image/png");
        assertThat(binary.getMessage()).contains("application/octet-stream");
    }

    @Test
    void corruptAndEncryptedFilesSaySoWithoutParserDetails() {
        byte[] pdf = Fixtures.pdf(false);

        GantryException truncated = failure("broken.pdf", Arrays.copyOf(pdf, 300));
        GantryException locked = failure("locked.pdf", Fixtures.pdf(true));

        assertThat(truncated.kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
        assertThat(truncated.getMessage()).contains("could not be read as application/pdf").contains("damaged")
                .doesNotContain("Exception").doesNotContain("TIKA").doesNotContain("Page tree");
        assertThat(truncated.getCause()).isNotNull();
        assertThat(locked.kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
        assertThat(locked.getMessage()).contains("encrypted").doesNotContain("password is incorrect");
    }

    @Test
    void filesWithoutTextAreEmptyDocuments() {
        assertThat(failure("empty.pdf", new byte[0]).getMessage()).contains("empty document");
        assertThat(failure("blank.txt", " \r\n\t\n".getBytes(UTF_8)).getMessage()).contains("empty document");
        assertThat(failure("bare.html", "<html><body><p> </p><div></div></body></html>".getBytes(UTF_8)).getMessage())
                .contains("empty document");
    }

    @Test
    void filesOverTheByteLimitAreRefusedBeforeParsing() {
        TikaTextExtractor small = new TikaTextExtractor(1024, 10_000);

        GantryException e = failure(small, "big.txt", "x".repeat(1025).getBytes(UTF_8));

        assertThat(e.kind()).isEqualTo(ErrorKind.PAYLOAD_TOO_LARGE);
        assertThat(e.getMessage()).contains("larger than 1,024 bytes").contains("split it");
        assertThat(small.extract("fits.txt", new ByteArrayInputStream("x".repeat(1024).getBytes(UTF_8))).text())
                .hasSize(1024);
    }

    @Test
    void textOverTheCharacterLimitIsRefused() {
        TikaTextExtractor limited = new TikaTextExtractor(TikaTextExtractor.DEFAULT_MAX_BYTES, 100);
        String longPage = "<html><body>" + "<p>A sentence of some length.</p>".repeat(20) + "</body></html>";

        GantryException fromHtml = failure(limited, "long.html", longPage.getBytes(UTF_8));
        GantryException fromText = failure(limited, "long.txt", "y".repeat(101).getBytes(UTF_8));

        assertThat(fromHtml.kind()).isEqualTo(ErrorKind.PAYLOAD_TOO_LARGE);
        assertThat(fromHtml.getMessage()).contains("more than 100 characters of text");
        assertThat(fromText.getMessage()).contains("more than 100 characters of text");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
