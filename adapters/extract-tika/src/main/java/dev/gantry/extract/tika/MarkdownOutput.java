package dev.gantry.extract.tika;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.exception.WriteLimitReachedException;

/**
 * The Markdown document being written: blocks separated by a blank line, the lines of one list or table by a
 * single line break. Stops with Tika's {@link WriteLimitReachedException} once the text would pass the limit.
 */
final class MarkdownOutput {
    /** Lines that would read as a heading, table row or fence though they are a paragraph. */
    private static final Pattern MARKDOWN_START = Pattern.compile("^(#|\\||```|~~~)");
    private static final Pattern BACKTICK_RUN = Pattern.compile("`+");

    enum Group { NONE, LIST, TABLE }

    private final StringBuilder text = new StringBuilder();
    private final int maxChars;
    private Group group = Group.NONE;

    MarkdownOutput(int maxChars) {
        this.maxChars = maxChars;
    }

    void heading(int level, String title) throws WriteLimitReachedException {
        block("#".repeat(level) + " " + title);
    }

    /** A paragraph whose first characters would read as Markdown syntax gets them escaped. */
    void paragraph(String paragraph) throws WriteLimitReachedException {
        block(MARKDOWN_START.matcher(paragraph).find() ? "\\" + paragraph : paragraph);
    }

    void code(String code) throws WriteLimitReachedException {
        block(fenced(code, ""));
    }

    /** A fence longer than any run of backticks in the code, so the code cannot close it. */
    static String fenced(String code, String info) {
        String fence = "`".repeat(Math.max(3, longestBacktickRun(code) + 1));
        return fence + info + "\n" + code + "\n" + fence;
    }

    /** One line of a list or table: joined to the previous line of the same group by a single line break. */
    void line(Group of, String line) throws WriteLimitReachedException {
        if (group == of) {
            append("\n" + line);
        } else {
            block(line);
            group = of;
        }
    }

    void endGroup() {
        group = Group.NONE;
    }

    /** Fails early when text still waiting to be written would already pass the limit. */
    void checkRoom(int pending) throws WriteLimitReachedException {
        if ((long) text.length() + pending > maxChars) throw new WriteLimitReachedException(maxChars);
    }

    String text() {
        return text.toString();
    }

    private void block(String block) throws WriteLimitReachedException {
        group = Group.NONE;
        append(text.isEmpty() ? block : "\n\n" + block);
    }

    private void append(String s) throws WriteLimitReachedException {
        checkRoom(s.length());
        text.append(s);
    }

    private static int longestBacktickRun(String code) {
        int longest = 0;
        Matcher m = BACKTICK_RUN.matcher(code);
        while (m.find()) longest = Math.max(longest, m.group().length());
        return longest;
    }
}
