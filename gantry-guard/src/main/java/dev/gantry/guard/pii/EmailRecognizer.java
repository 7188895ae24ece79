package dev.gantry.guard.pii;

import dev.gantry.guard.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Email addresses: a practical subset of RFC 5322 (dot-atom local part, DNS host, alphabetic TLD). */
final class EmailRecognizer implements Recognizer {
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+-])[A-Za-z0-9_%+-]+(?:\\.[A-Za-z0-9_%+-]+)*"
                    + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}(?![\\w-]|\\.\\w)");

    @Override
    public String type() {
        return PiiTypes.EMAIL_ADDRESS;
    }

    @Override
    public List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            found.add(new Finding(type(), m.start(), m.end(), 0.9, "email address pattern"));
        }
        return found;
    }
}
