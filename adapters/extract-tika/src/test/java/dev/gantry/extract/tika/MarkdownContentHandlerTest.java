package dev.gantry.extract.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import javax.xml.parsers.SAXParserFactory;
import org.apache.tika.exception.WriteLimitReachedException;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class MarkdownContentHandlerTest {
    private static String markdown(String body, int maxChars) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        MarkdownContentHandler handler = new MarkdownContentHandler(maxChars);
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>T</title>"
                + "<meta name=\"a\" content=\"b\"/></head><body>" + body + "</body></html>";
        factory.newSAXParser().parse(new InputSource(new StringReader(xhtml)), handler);
        return handler.markdown();
    }

    private static String markdown(String body) throws Exception {
        return markdown(body, 100_000);
    }

    @Test
    void theHeadIsNotText() throws Exception {
        assertThat(markdown("<p>Body.</p>")).isEqualTo("Body.");
    }

    @Test
    void codeWithAFenceInsideGetsALongerFence() throws Exception {
        assertThat(markdown("<pre>\n\nsay ```hi```\n    indented\n\n</pre>"))
                .isEqualTo("````\nsay ```hi```\n    indented\n````");
    }

    @Test
    void blocksInsideCellsAndItemsStayInThem() throws Exception {
        String body = "<table><tr><th>Key</th><th>Value</th></tr>"
                + "<tr><td><p>a</p><p>b</p></td><td><table><tr><td>in</td><td>ner</td></tr></table></td></tr>"
                + "<tr><td> </td><td></td></tr></table>"
                + "<ol><li><p>first</p><p>still first</p></li><li>second</li></ol>";

        assertThat(markdown(body)).isEqualTo("""
                | Key | Value |
                | --- | --- |
                | a b | in ner |

                - first still first
                - second""");
    }

    @Test
    void eachTableHasItsOwnHeaderSeparator() throws Exception {
        String table = "<table><tr><td>h</td></tr><tr><td>v</td></tr></table>";

        assertThat(markdown(table + table)).isEqualTo("| h |\n| --- |\n| v |\n\n| h |\n| --- |\n| v |");
    }

    @Test
    void paragraphsThatLookLikeMarkdownSyntaxAreEscaped() throws Exception {
        assertThat(markdown("<p>| not a row</p><p>```not a fence</p><p>#hashtag</p>"))
                .isEqualTo("\\| not a row\n\n\\```not a fence\n\n\\#hashtag");
    }

    @Test
    void whiteSpaceAndInvisibleCharactersAreNormalised() throws Exception {
        assertThat(markdown("<p>  soft\u00ADhyphen\u00A0and\ttabs\n and <code> </code>empty code</p>"))
                .isEqualTo("softhyphen and tabs and empty code");
    }

    @Test
    void passingTheCharacterLimitStopsTheParse() {
        String body = "<p>" + "word ".repeat(50) + "</p>";

        assertThatThrownBy(() -> markdown(body, 100)).isInstanceOf(WriteLimitReachedException.class);
    }
}
