package dev.gantry.guard.pii;

import dev.gantry.guard.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Email addresses: a practical subset of RFC 5322 (dot-atom local part, DNS host, alphabetic TLD). */
final class EmailRecognizer implements SingleTypeRecognizer {
    static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+-])[A-Za-z0-9_%+-]+(?:\\.[A-Za-z0-9_%+-]+)*"
                    + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}(?![\\w-]|\\.\\w)");

    private static final boolean[] LOCAL = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) LOCAL[c] = Starts.isAsciiAlnum(c) || "_%+-.".indexOf(c) >= 0;
    }

    @Override
    public String type() {
        return PiiTypes.EMAIL_ADDRESS;
    }

    @Override
    public List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        if (text.indexOf('@') < 0) return found;
        Starts.forEach(EMAIL, text, EmailRecognizer::mayStart,
                m -> found.add(new Finding(type(), m.start(), m.end(), 0.9, "email address pattern")));
        return found;
    }

    /** The start of a run of local-part chars and dots (the lookbehind's set) that ends at an {@code @}. */
    static boolean mayStart(String text, int i) {
        if (!isLocal(text.charAt(i)) || text.charAt(i) == '.' || i > 0 && isLocal(text.charAt(i - 1))) return false;
        int j = i;
        while (j < text.length() && isLocal(text.charAt(j))) j++;
        return j < text.length() && text.charAt(j) == '@';
    }

    private static boolean isLocal(char c) {
        return c < 128 && LOCAL[c];
    }
}
