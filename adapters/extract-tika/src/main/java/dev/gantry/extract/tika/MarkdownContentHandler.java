package dev.gantry.extract.tika;

import dev.gantry.extract.tika.MarkdownOutput.Group;
import java.util.Locale;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the XHTML events of any Tika parser into light Markdown: h1-h6 become {@code #} headings, paragraphs
 * and divisions blank-line separated paragraphs, {@code pre} fenced code, table rows {@code | a | b |} lines,
 * list items {@code - } lines (indented when nested); white space is normalised everywhere but in code.
 * Blocks inside a table cell or a list item stay in it, joined by a space. Not thread-safe: one per document.
 */
final class MarkdownContentHandler extends DefaultHandler {
    private static final Set<String> SKIPPED = Set.of("head", "title", "script", "style");
    private static final Set<String> BLOCKS = Set.of("p", "div", "blockquote", "section", "article", "main",
            "header", "footer", "aside", "nav", "address", "dl", "dt", "dd", "hr", "figure", "figcaption", "caption");

    private final MarkdownOutput out;
    private final StringBuilder inline = new StringBuilder();
    private final StringBuilder pre = new StringBuilder();
    private TableRows table = new TableRows();
    private int skipDepth;
    private int preDepth;
    private int tableDepth;
    private int itemDepth;
    private int codeStart = -1;

    MarkdownContentHandler(int maxChars) {
        this.out = new MarkdownOutput(maxChars);
    }

    /** The Markdown written so far (all of it once the parse has ended). */
    String markdown() {
        return out.text();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        String name = name(localName, qName);
        if (skipDepth > 0 || SKIPPED.contains(name)) {
            skipDepth++;
            return;
        }
        switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol" -> startUnit();
            case "li" -> startItem();
            case "pre" -> startPre();
            case "code" -> codeStart = preDepth > 0 ? -1 : startCode();
            case "table" -> startTable();
            case "tr" -> inTable(table::startRow);
            case "td", "th" -> inTable(table::startCell);
            case "br" -> current().append(preDepth > 0 && !table.inCell() ? '\n' : ' ');
            default -> {
                if (BLOCKS.contains(name)) boundary();
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        String name = name(localName, qName);
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> endHeading(name.charAt(1) - '0');
            case "li" -> endItem();
            case "ul", "ol" -> endList();
            case "pre" -> endPre();
            case "code" -> endCode();
            case "table" -> endTable();
            case "tr" -> endRow();
            case "td", "th" -> inTable(table::endCell);
            default -> {
                if (BLOCKS.contains(name)) boundary();
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipDepth > 0) return;
        current().append(ch, start, length);
        out.checkRoom(inline.length() + pre.length() + table.pendingLength());
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (skipDepth == 0 && preDepth == 0) current().append(' ');
    }

    @Override
    public void endDocument() throws SAXException {
        if (preDepth > 0) {
            preDepth = 1;
            endPre();
        }
        flush();
    }

    /** Where text goes now: the open table cell, the code block, or the running paragraph, heading or item. */
    private StringBuilder current() {
        if (table.inCell()) return table.cellText();
        return preDepth > 0 ? pre : inline;
    }

    /** A heading, list or list item starts: what came before it is a block of its own (unless in a cell). */
    private void startUnit() throws SAXException {
        if (table.inCell()) table.cellText().append(' ');
        else flush();
    }

    private void startItem() throws SAXException {
        startUnit();
        if (!table.inCell()) itemDepth++;
    }

    private void boundary() throws SAXException {
        if (table.inCell()) table.cellText().append(' ');
        else if (itemDepth > 0) inline.append(' ');
        else flush();
    }

    /** Writes the running text as a list item when inside one, else as a paragraph. */
    private void flush() throws SAXException {
        String text = Whitespace.normalize(inline);
        inline.setLength(0);
        if (text.isEmpty()) return;
        if (itemDepth > 0) out.line(Group.LIST, "  ".repeat(itemDepth - 1) + "- " + text);
        else out.paragraph(text);
    }

    private void endHeading(int level) throws SAXException {
        if (table.inCell() || itemDepth > 0) {
            current().append(' ');
            return;
        }
        String title = Whitespace.normalize(inline);
        inline.setLength(0);
        if (!title.isEmpty()) out.heading(level, title);
    }

    private void endItem() throws SAXException {
        if (table.inCell()) {
            table.cellText().append(' ');
            return;
        }
        flush();
        itemDepth = Math.max(0, itemDepth - 1);
    }

    private void endList() throws SAXException {
        if (table.inCell()) {
            table.cellText().append(' ');
            return;
        }
        flush();
        if (itemDepth == 0) out.endGroup();
    }

    private void startPre() throws SAXException {
        if (table.inCell()) return;
        if (preDepth++ == 0) flush();
    }

    private void endPre() throws SAXException {
        if (table.inCell() || preDepth == 0 || --preDepth > 0) return;
        String code = Whitespace.preformatted(pre);
        pre.setLength(0);
        if (!code.isBlank()) out.code(code);
    }

    /** Inline code is kept in backticks; an empty one leaves nothing behind. */
    private int startCode() {
        StringBuilder target = current();
        int at = target.length();
        target.append('`');
        return at;
    }

    private void endCode() {
        if (codeStart < 0) return;
        StringBuilder target = current();
        if (codeStart < target.length() && target.substring(codeStart + 1).isBlank()) target.setLength(codeStart);
        else if (codeStart < target.length()) target.append('`');
        codeStart = -1;
    }

    private void startTable() throws SAXException {
        if (tableDepth++ > 0) {
            current().append(' ');
            return;
        }
        flush();
        table = new TableRows();
    }

    private void endRow() throws SAXException {
        if (tableDepth != 1) {
            current().append(' ');
            return;
        }
        for (String line : table.endRow()) out.line(Group.TABLE, line);
    }

    private void endTable() {
        if (--tableDepth > 0) {
            current().append(' ');
            return;
        }
        tableDepth = 0;
        out.endGroup();
        table = new TableRows();
    }

    /** Row and cell boundaries of a table nested in a cell are only spaces in the outer cell. */
    private void inTable(Runnable action) {
        if (tableDepth == 1) action.run();
        else current().append(' ');
    }

    private static String name(String localName, String qName) {
        return (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
    }
}
