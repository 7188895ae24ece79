package dev.gantry.guard.pii;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What follows an address core and still belongs to it: town, region, postcode and country, on its line and on the
 * lines right below ("6750 Koskikatu 25 Apt. 864 / Artilleros / , CO / Uruguay 64677"). It stops at a stop word
 * ("after the concert"), a full stop or question mark, a blank line, or a line that does not open like one.
 */
final class AddressTail {
    private static final int MAX_LINE_TOKENS = 10;
    private static final int MAX_LINES = 5;
    /** A tail is a town, a region, a postcode and a country: a few words. Bounds the work on long lines. */
    private static final int MAX_TOKENS = 24;
    private static final Pattern COUNTRY_POSTCODE = Pattern.compile("[A-Z]{1,2}-\\d{4,5}");

    /**
     * Where the tail ends (token index, exclusive), how many lines it crossed, how many commas it holds, whether it
     * holds a postcode, and whether that postcode stands by a town ("1620 København", "Ruthin LL15 1BE"): a year or a
     * count after a comma does not.
     */
    record Tail(int end, int lines, int commas, boolean postcode, boolean townPostcode) {}

    private final AddressTokens t;
    private final AddressParser parser;

    AddressTail(AddressTokens tokens, AddressParser parser) {
        this.t = tokens;
        this.parser = parser;
    }

    Tail after(int coreEnd) {
        int end = coreEnd;
        int lines = 0;
        int commas = 0;
        int k = coreEnd;
        while (k < t.size() && k - coreEnd < MAX_TOKENS) {
            boolean newLine = k > 0 && !t.sameLine(k - 1, k);
            if (newLine && (t.line(k) - t.line(k - 1) > 1 || lines == MAX_LINES || !opensLine(k))) break;
            if (newLine) lines++;
            int step = step(k);
            if (step == 0) break;
            if (separator(k)) commas++;
            k += step;
            if (!separator(k - 1) && !t.is(k - 1, ".")) end = k;
        }
        int crossed = end > coreEnd ? t.line(end - 1) - t.line(coreEnd - 1) : 0;
        boolean postcode = false;
        boolean townPostcode = false;
        for (int j = coreEnd; j < end; j++) {
            postcode |= postcode(j) || j + 1 < end && t.spacedPostcode(j);
            townPostcode |= townPostcode(j, end);
        }
        return new Tail(end, crossed, commas, postcode, townPostcode);
    }

    /**
     * Whether the line at {@code k} is an address line: short, and tail tokens to its end or to a postcode that text
     * follows ("KNIVSTA, nan 18237 after the concert").
     */
    private boolean opensLine(int k) {
        int j = k;
        int step = 0;
        while (j < t.size() && t.sameLine(j, k) && j - k <= MAX_LINE_TOKENS && (step = step(j)) > 0) j += step;
        boolean whole = j >= t.size() || !t.sameLine(j, k);
        return j - k <= MAX_LINE_TOKENS && j > k && (whole || t.isNumber(j - 1));
    }

    /** A comma, or a signature line's "|" or "·": counted as a comma, never the end of a tail. */
    private boolean separator(int k) {
        return t.is(k, ",") || t.isFieldBar(k);
    }

    /** How many tokens at {@code k} belong to a tail, 0 when none. */
    private int step(int k) {
        if (k >= t.size()) return 0;
        if (separator(k) || t.is(k, "-")) return 1;
        if (t.numberDot(k)) return 1;
        int unit = parser.unit(k);
        if (unit > k) return unit - k;
        if (t.is(k, "(") && t.isWord(k + 1) && t.is(k + 2, ")")) return 3;
        if (t.isNumber(k) || postcode(k) || t.is(k, "nan")) return 1;
        if (t.isNameWord(k) || code(k) || t.has(k, AddressLexicon.FLOOR)) return 1;
        if (t.is(k, ".") && k > 0 && t.start(k) == t.end(k - 1) && abbreviation(k - 1)) return 1;
        boolean beforeName = t.sameLine(k, k + 1) && t.isNameWord(k + 1);
        if (t.isWord(k) && t.has(k, AddressLexicon.TOWN_PARTICLE) && beforeName) return 1;
        if (t.isCapitalised(k) && beforeName) return 1; // "New York", "The Hague"
        return t.isWord(k) && t.raw(k).length() == 2 && t.isNumber(k + 1) && t.sameLine(k, k + 1) ? 1 : 0;
    }

    /** A postcode of a country's own form next to a town's name, within [.., end). */
    private boolean townPostcode(int j, int end) {
        if (t.alphanumericPostcode(j) > j || COUNTRY_POSTCODE.matcher(t.raw(j)).matches()) return true;
        int after = t.spacedPostcode(j) ? j + 2 : j + 1;
        boolean digits = t.spacedPostcode(j) || t.isNumber(j) && t.digits(j) >= 3;
        if (!digits) return false;
        boolean townAfter = after < end && t.sameLine(j, after) && t.isCapitalised(after);
        if (t.digits(j) == 3 && !t.spacedPostcode(j)) return townAfter; // Iceland's "101 Reykjavík"
        boolean townBefore = j > 0 && t.sameLine(j - 1, j) && (t.isCapitalised(j - 1) && !t.isNumber(j - 1));
        return townAfter || townBefore;
    }

    /** A word whose dot abbreviates: "int. 5", "Co. Dublin", "Col. Juárez", not "MA. Thanks". */
    private boolean abbreviation(int k) {
        String raw = t.raw(k);
        if (t.has(k, AddressLexicon.FLOOR)) return true;
        return t.isCapitalised(k) && raw.length() <= 3 && !raw.equals(raw.toUpperCase(Locale.ROOT))
                && t.sameLine(k, k + 2) && t.isCapitalised(k + 2);
    }

    /**
     * A postcode or a piece of one: four digits or more ("83705", "80-827", "CH-3000"), a British, Canadian, Irish or
     * Dutch pair ("GU22 7AB", "2514 EA"), or a capitals-and-digits piece ("NW1", "EC1R"); not "108" or "5a".
     */
    private boolean postcode(int k) {
        String raw = t.raw(k);
        if (COUNTRY_POSTCODE.matcher(raw).matches() || t.alphanumericPostcode(k) > k) return true;
        if (t.isNumber(k)) return raw.chars().filter(c -> Starts.isDigit((char) c)).count() >= 4;
        return raw.length() >= 3 && postcodePart(k) && raw.chars().anyMatch(c -> c >= 'A' && c <= 'Z')
                && raw.chars().noneMatch(c -> c >= 'a' && c <= 'z');
    }

    /** A piece of an alphanumeric postcode: "NW1", "6XE", "K1A". */
    private boolean postcodePart(int k) {
        String raw = t.raw(k);
        if (raw.length() < 2 || raw.length() > 4) return false;
        boolean digit = false;
        for (int c = 0; c < raw.length(); c++) {
            char ch = raw.charAt(c);
            if (Starts.isDigit(ch)) digit = true;
            else if (!(ch >= 'A' && ch <= 'Z') && !(ch >= 'a' && ch <= 'z')) return false;
        }
        return digit;
    }

    /** A region or country code in capitals: "CO", "NO", "QC". */
    private boolean code(int k) {
        String raw = t.raw(k);
        return raw.length() <= 3 && t.isWord(k) && raw.chars().allMatch(Character::isUpperCase);
    }
}
