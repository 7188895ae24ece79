package dev.gantry.rag.chunk;

import dev.gantry.rag.chunk.Block.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the light Markdown of {@link dev.gantry.core.rag.TextExtractor} (and of hand-written files) into blocks:
 * ATX headings, fenced code, tables (runs of {@code |} lines), list items and paragraphs. Text without any
 * Markdown is paragraphs. Lines end at LF, CRLF or a lone CR; offsets always point into the original text.
 * Setext headings and indented code are not recognised: they read as paragraphs, which only costs structure.
 */
final class BlockParser {
    private static final Pattern HEADING = Pattern.compile(" {0,3}(#{1,6})(?:[ \\t]+(.*))?");
    private static final Pattern CLOSING_HASHES = Pattern.compile("(?:^|[ \\t]+)#+[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");
    private static final Pattern LIST_ITEM = Pattern.compile("[ \\t]*(?:[-*+]|\\d{1,9}[.)])[ \\t]+\\S.*");

    private final String text;
    private final Deque<Heading> headings = new ArrayDeque<>();
    private final List<Block> blocks = new ArrayList<>();

    private BlockParser(String text) {
        this.text = text;
    }

    static List<Block> parse(String text) {
        return new BlockParser(text).blocks();
    }

    private List<Block> blocks() {
        int pos = 0;
        while (pos < text.length()) {
            Line line = lineAt(pos);
            pos = line.isBlank() ? line.next() : parseBlock(line);
        }
        return blocks;
    }

    /** @return where the next block may start */
    private int parseBlock(Line line) {
        String content = line.content();
        Matcher fence = FENCE.matcher(content);
        if (fence.matches()) return code(line, fence.group(1));
        Matcher heading = HEADING.matcher(content);
        if (heading.matches()) return heading(line, heading.group(1).length(), heading.group(2));
        if (isTableRow(content)) return table(line);
        return prose(line, LIST_ITEM.matcher(content).matches() ? Kind.LIST_ITEM : Kind.PARAGRAPH);
    }

    private int code(Line open, String fence) {
        Line last = open;
        int pos = open.next();
        while (pos < text.length()) {
            last = lineAt(pos);
            pos = last.next();
            if (closes(last.content(), fence)) break;
        }
        add(Kind.CODE, open.start(), last.end(), 0);
        return pos;
    }

    /** A closing fence: the same character, at least as long as the opening one, nothing after it. */
    private static boolean closes(String line, String fence) {
        String s = line.strip();
        if (s.length() < fence.length() || line.length() - line.stripLeading().length() > 3) return false;
        return s.chars().allMatch(c -> c == fence.charAt(0));
    }

    private int heading(Line line, int level, String rawTitle) {
        String title = rawTitle == null ? "" : CLOSING_HASHES.matcher(rawTitle.strip()).replaceFirst("").strip();
        while (!headings.isEmpty() && headings.peekLast().level() >= level) headings.removeLast();
        headings.addLast(new Heading(level, title));
        add(Kind.HEADING, line.start(), line.end(), level);
        return line.next();
    }

    private int table(Line first) {
        Line last = first;
        int pos = first.next();
        while (pos < text.length()) {
            Line line = lineAt(pos);
            if (!isTableRow(line.content())) break;
            last = line;
            pos = line.next();
        }
        add(Kind.TABLE, first.start(), last.end(), 0);
        return pos;
    }

    /** A paragraph or list item runs until a blank line or a line that starts another block. */
    private int prose(Line first, Kind kind) {
        Line last = first;
        int pos = first.next();
        while (pos < text.length()) {
            Line line = lineAt(pos);
            if (line.isBlank() || startsBlock(line.content())) break;
            last = line;
            pos = line.next();
        }
        add(kind, first.start(), last.end(), 0);
        return pos;
    }

    private static boolean startsBlock(String line) {
        return FENCE.matcher(line).matches() || HEADING.matcher(line).matches() || isTableRow(line)
                || LIST_ITEM.matcher(line).matches();
    }

    private static boolean isTableRow(String line) {
        return line.stripLeading().startsWith("|");
    }

    private void add(Kind kind, int from, int to, int level) {
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        List<String> path = headings.stream().map(Heading::title).toList();
        blocks.add(new Block(kind, start, end, path, level));
    }

    private Line lineAt(int start) {
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') end++;
        int next = end;
        if (next < text.length()) next += text.startsWith("\r\n", next) ? 2 : 1;
        return new Line(text, start, end, next);
    }

    private record Heading(int level, String title) {
    }

    /** One line: [start, end) without its line break; next is where the following line starts. */
    private record Line(String source, int start, int end, int next) {
        String content() {
            return source.substring(start, end);
        }

        boolean isBlank() {
            return content().isBlank();
        }
    }
}
