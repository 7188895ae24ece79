package dev.gantry.guard.pii;

import dev.gantry.guard.Finding;
import dev.gantry.guard.pii.AddressParser.Core;
import dev.gantry.guard.pii.AddressParser.Kind;
import dev.gantry.guard.pii.AddressParser.Part;
import dev.gantry.guard.pii.AddressTail.Tail;
import java.util.ArrayList;
import java.util.List;

/**
 * Street addresses, post boxes and US military addresses by a grammar over words ({@link AddressParser}), in the
 * formats of about 40 countries. How much is one finding follows the layout, as Presidio-style data labels it:
 * <ul>
 *   <li>an address quoted in a sentence or after an "Address:" label is one finding, from the building number to the
 *       postcode and country, across lines, when it holds more than a street ("lives at 6750 Koskikatu 25 Apt. 864,
 *       Oulu, Finland");</li>
 *   <li>otherwise, and in an address block under a name, each part is its own finding: building number, street,
 *       unit, the unit line below and the postcode after the country; the town and the country are places, for the
 *       entity model.</li>
 * </ul>
 * A bare name and number ("Joaquin Suarez 2906") counts only after a building number, after a cue such as "lives
 * at" (with a lower score), or with a postcode and a town after it ("Bryggen 12, 5003 Bergen"); so does a street named
 * without a number ("Mill Lane, Cambridge CB22 5EW").
 */
final class StreetAddressRecognizer implements SingleTypeRecognizer {
    static final double SCORE = 0.9;
    static final double WEAK_SCORE = 0.6;
    private static final int MAX_BLOCK_LINES = 5;

    @Override
    public String type() {
        return PiiTypes.STREET_ADDRESS;
    }

    @Override
    public List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        if (!mayHoldAddress(text)) return found;
        AddressTokens tokens = new AddressTokens(text, EntityTokenizer.shared(text));
        AddressParser parser = new AddressParser(tokens);
        AddressTail tails = new AddressTail(tokens, parser);
        int lastAddressLine = -2;
        int i = 0;
        while (i < tokens.size()) {
            Core core = parser.parseAt(i);
            if (core == null || unitsOnly(core) && !underAddress(tokens, core, lastAddressLine)) {
                i++;
                continue;
            }
            int reported = found.size();
            int end = report(tokens, parser, core, tails, found);
            if (found.size() > reported) lastAddressLine = tokens.line(end - 1);
            i = end;
        }
        return found;
    }

    /**
     * Every form the grammar knows holds a digit, but for "the corner of X and Y" and "lives on Elm Street": most
     * prompts without digits are passed without parsing.
     */
    private static boolean mayHoldAddress(String text) {
        for (int i = 0; i < text.length(); i++) if (Starts.isDigit(text.charAt(i))) return true;
        return Starts.containsIgnoreCase(text, "corner", "live"); // the grammar reads words in any case
    }

    /** Reports {@code core} as one finding or as its parts; returns the token where scanning goes on. */
    private static int report(AddressTokens t, AddressParser parser, Core core, AddressTail tails,
                              List<Finding> found) {
        double score = core.weak() ? WEAK_SCORE : SCORE;
        if (core.has(Kind.MILITARY) || core.has(Kind.CORNER)) {
            found.add(finding(t, core.from(), core.to(), score));
            return core.to();
        }
        Tail tail = tails.after(core.to());
        if (core.has(Kind.NAMED_STREET)) { // a street named, no address, unless a postcode follows on or below it
            if (!tail.townPostcode() || tail.commas() == 0 && tail.lines() == 0) return core.from() + 1;
            found.add(finding(t, core.from(), tail.end(), score));
            return tail.end();
        }
        boolean sentence = inSentence(t, core.from());
        boolean more = core.has(Kind.UNIT) || tail.lines() > 0 || tail.commas() >= 2 || tail.postcode()
                || tail.townPostcode();
        if (sentence && more && !unitsOnly(core)) {
            found.add(finding(t, unitLineAbove(t, parser, core.from()), tail.end(), score));
            return tail.end();
        }
        for (Part part : core.parts()) found.add(finding(t, part.from(), part.to(), score));
        return sentence || unitsOnly(core) ? core.to() : blockLines(t, parser, core, found);
    }

    /**
     * The flat or floor line right above an address's first line ("Apt 9C", "Résidence Les Tilleuls, appt 14"):
     * where the finding starts, {@code from} when there is none.
     */
    private static int unitLineAbove(AddressTokens t, AddressParser parser, int from) {
        if (!t.atLineStart(from) || from == 0 || t.line(from) - t.line(from - 1) != 1) return from;
        int start = t.lineStart(from - 1);
        int units = parser.nameRun(start, false);
        if (units == start || !t.is(units, ",")) units = start;
        else units++;
        return parser.units(units, new ArrayList<>()) == from && units < from ? start : from;
    }

    /**
     * Below a block's street line: a unit line ("Apt. 236") and, two or more lines down, the postcode after the
     * country ("Portugal 64677"). Returns the token after the last one looked at.
     */
    private static int blockLines(AddressTokens t, AddressParser parser, Core core, List<Finding> found) {
        int k = core.to();
        int lines = 0;
        while (k < t.size() && lines < MAX_BLOCK_LINES) {
            while (k < t.size() && !t.isWord(k) && !t.isNumber(k) && t.atLineStart(k)) k++;
            if (k == t.size()) break;
            int lineEnd = t.lineEnd(k);
            lines++;
            List<Part> units = new ArrayList<>();
            if (lines == 1 && parser.units(k, units) == lineEnd && !units.isEmpty()) {
                units.forEach(u -> found.add(finding(t, u.from(), u.to(), SCORE)));
            } else if (lines >= 2 && lineEnd - k >= 2 && t.isNumber(lineEnd - 1) && postcode(t.raw(lineEnd - 1))
                    && t.isWord(lineEnd - 2)) {
                found.add(finding(t, lineEnd - 1, lineEnd, SCORE));
                return lineEnd;
            } else if (postcodeLine(t, k, lineEnd)) {
                found.add(finding(t, k, lineEnd, SCORE)); // "5003 Bergen", "Woking GU22 7AB"
                return lineEnd;
            } else if (!placeLine(t, k, lineEnd)) {
                return k;
            }
            k = lineEnd;
        }
        return k;
    }

    /**
     * A line that opens with a postcode and a town ("5003 Bergen", "546 23 Thessaloniki") or holds an alphanumeric
     * postcode ("GU22 7AB", "Manchester M1 7HT"). Presidio-style blocks have neither: their towns stand alone and their
     * postcodes follow the country.
     */
    private static boolean postcodeLine(AddressTokens t, int from, int to) {
        if (to - from > 6) return false;
        if (to - from >= 4 && t.is(to - 3, ",") && t.raw(to - 2).length() == 2 && t.isNumber(to - 1)
                && t.digits(to - 1) == 5) {
            return true; // "Denver, CO 80202"
        }
        int town = t.spacedPostcode(from) ? from + 2 : t.isNumber(from) && t.digits(from) >= 4 ? from + 1 : from;
        if (town > from && town < to && t.isCapitalised(town)) return true;
        for (int k = from; k < to; k++) if (t.alphanumericPostcode(k) > k) return true;
        return false;
    }

    /** A town, region or country line of a block: words and codes, no prose. */
    private static boolean placeLine(AddressTokens t, int from, int to) {
        if (to - from > 6) return false;
        for (int k = from; k < to; k++) {
            if (t.isWord(k) && t.has(k, AddressLexicon.STOP) && !t.isCapitalised(k)) return false;
        }
        return true;
    }

    private static boolean postcode(String raw) {
        return raw.length() >= 4 && raw.length() <= 6 && raw.chars().allMatch(c -> Starts.isDigit((char) c));
    }

    /**
     * An address in running text ("meet me at ..."), after an "Address:" label, or flush under a name line (a
     * signature): one finding. Indented, quoted or set off by a blank line, it is a block of parts.
     */
    private static boolean inSentence(AddressTokens t, int from) {
        return t.proseBefore(from) || labelBefore(t, from) || t.flushUnderText(from) || separatorBefore(t, from);
    }

    /** "Greenleaf Dental · 411 Maple Ave", "Jared Lin | Product Lead | 77 Geary Ct": a signature line's fields. */
    private static boolean separatorBefore(AddressTokens t, int i) {
        return i > 0 && t.sameLine(i - 1, i) && t.isFieldBar(i - 1);
    }

    /** A label ("Address:", "Adresse de livraison :", "Ship to:") right before {@code i}, or ending the line above. */
    private static boolean labelBefore(AddressTokens t, int i) {
        if (i < 2 || !t.is(i - 1, ":") || t.line(i) - t.line(i - 1) > 2) return false;
        for (int j = i - 2; j >= Math.max(0, i - 5) && t.sameLine(j, i - 1); j--) {
            if (t.has(j, AddressLexicon.LABEL)) return true;
        }
        return false;
    }

    private static boolean unitsOnly(Core core) {
        return core.parts().stream().allMatch(p -> p.kind() == Kind.UNIT);
    }

    /** A unit line right below a line that held an address. */
    private static boolean underAddress(AddressTokens t, Core core, int lastAddressLine) {
        return t.atLineStart(core.from()) && t.line(core.from()) - lastAddressLine == 1;
    }

    private static Finding finding(AddressTokens t, int from, int to, double score) {
        String reason = score < SCORE ? "street name and number after an address cue" : "street address pattern";
        return new Finding(PiiTypes.STREET_ADDRESS, t.start(from), t.end(to - 1), score, reason);
    }
}
