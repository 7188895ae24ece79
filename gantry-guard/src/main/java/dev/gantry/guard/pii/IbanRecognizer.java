package dev.gantry.guard.pii;

import dev.gantry.guard.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IBANs, compact or printed in groups separated by single spaces. The country's registered length and mod-97 give a
 * near-certain match; a code whose length the table does not know (a country that joined the registry later, a
 * national variant) is still accepted at a lower score when it passes mod-97 and looks like an account number.
 */
final class IbanRecognizer implements SingleTypeRecognizer {
    // Bounded (34 characters plus group spaces) so that long runs of words cannot make the scan quadratic.
    static final Pattern START = Pattern.compile("(?<!\\p{Alnum})[A-Za-z]{2}\\d{2}(?: ?[A-Za-z0-9]){11,40}");
    private static final Pattern GROUPS_OF_FOUR =
            Pattern.compile("[A-Za-z0-9]{4}(?: [A-Za-z0-9]{4})*(?: [A-Za-z0-9]{1,4})?");
    private static final int MIN_LENGTH = 15;
    private static final int MAX_LENGTH = 34;

    @Override
    public String type() {
        return PiiTypes.IBAN_CODE;
    }

    @Override
    public List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        Matcher m = START.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        while (from < text.length() && find(m, text, from)) {
            Finding finding = registered(text, m.start(), m.end());
            if (finding == null) finding = unregistered(text, m.start(), m.end());
            if (finding != null) found.add(finding);
            from = finding != null ? finding.end() : m.start() + 1;
        }
        return found;
    }

    /**
     * {@code m.find(from)}, tried only where two ASCII letters are followed by two digits after a non-alphanumeric
     * char (where {@link #START} can match).
     */
    static boolean find(Matcher m, String text, int from) {
        for (int i = from, n = text.length(); i + 4 <= n; i++) {
            if (isLetter(text.charAt(i)) && isLetter(text.charAt(i + 1)) && Starts.isDigit(text.charAt(i + 2))
                    && Starts.isDigit(text.charAt(i + 3)) && (i == 0 || !Starts.isAsciiAlnum(text.charAt(i - 1)))
                    && m.region(i, n).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * The candidate is greedy (it may run into the next word after a space), so it is cut at the length the country
     * registered; the cut must fall on a word boundary and the result must pass the checksum.
     */
    private Finding registered(String text, int start, int candidateEnd) {
        int expected = Iban.lengthFor(text.substring(start, start + 2));
        if (expected == 0) return null;
        int seen = 0;
        int i = start;
        while (i < candidateEnd && seen < expected) {
            if (text.charAt(i) != ' ') seen++;
            i++;
        }
        boolean atBoundary = i == text.length() || !Character.isLetterOrDigit(text.charAt(i));
        if (seen < expected || !atBoundary || !Iban.isValid(compact(text, start, i))) return null;
        String reason = "mod-97 valid " + expected + "-character IBAN for country " + country(text, start);
        return finding(start, i, 0.97, reason);
    }

    /** The longest prefix ending on a boundary that passes mod-97, is grouped by four and is mostly digits. */
    private Finding unregistered(String text, int start, int candidateEnd) {
        for (int end = candidateEnd; end > start; end--) {
            boolean atBoundary = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (!atBoundary || text.charAt(end - 1) == ' ') continue;
            String printed = text.substring(start, end);
            String compact = printed.replace(" ", "");
            if (compact.length() < MIN_LENGTH || compact.length() > MAX_LENGTH) continue;
            boolean shaped = !printed.contains(" ") || GROUPS_OF_FOUR.matcher(printed).matches();
            if (shaped && mostlyDigits(compact.substring(4)) && Iban.passesMod97(compact)) {
                return finding(start, end, 0.8, "mod-97 valid " + compact.length()
                        + "-character IBAN-shaped code, length not registered for country " + country(text, start));
            }
        }
        return null;
    }

    private static boolean mostlyDigits(String bban) {
        long digits = bban.chars().filter(Character::isDigit).count();
        return digits * 10 >= bban.length() * 6L;
    }

    private Finding finding(int start, int end, double score, String reason) {
        return new Finding(type(), start, end, score, reason);
    }

    private static String compact(String text, int start, int end) {
        return text.substring(start, end).replace(" ", "");
    }

    private static String country(String text, int start) {
        return text.substring(start, start + 2).toUpperCase(Locale.ROOT);
    }
}
