package dev.gantry.guard.pii;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Addresses without a street: US military mail ("PSC 1234, Box 5678 / APO AE 09012", "USNS Saibara / FPO AP 12428")
 * and post boxes in their languages ("P.O. Box 287", "Postfach 1234", "Apartado de Correos 1045", "BP 125").
 * Each method returns where the form ends, or the token it was given when there is none.
 */
final class PostBoxParser {
    private static final Pattern LETTER_NUMBER = Pattern.compile("[A-Z]\\d{1,5}");

    private final AddressTokens t;

    PostBoxParser(AddressTokens tokens) {
        this.t = tokens;
    }

    /** "PSC 1234, Box 5678", "Unit 4719 Box 7394" (and their APO line), "USNS Saibara / FPO AP 12428". */
    int military(int i) {
        int k = i;
        if (t.isWord(i) && t.has(i, AddressLexicon.MILITARY_UNIT) && t.isNumber(i + 1)) {
            k = i + 2;
            if (t.is(k, ",")) k++;
            if (!t.is(k, "box") || !t.isNumber(k + 1)) return i;
            k += 2;
            int post = militaryPost(k);
            return post > k ? post : k;
        }
        if (t.isWord(i) && t.has(i, AddressLexicon.SHIP)) {
            k = i + 1;
            while (t.isNameWord(k) && t.sameLine(i, k) && k - i <= 3) k++;
            int post = militaryPost(k);
            return k > i + 1 && post > k ? post : i;
        }
        return i;
    }

    /** "APO AE 09012" at {@code i}: where it ends, or {@code i}. */
    private int militaryPost(int start) {
        int i = t.is(start, ",") ? start + 1 : start;
        boolean post = t.isWord(i) && t.has(i, AddressLexicon.MILITARY_POST)
                && t.isWord(i + 1) && t.has(i + 1, AddressLexicon.MILITARY_AREA) && t.isNumber(i + 2);
        return post ? i + 3 : start;
    }

    /** "P.O. Box 287", "PO Box 9", "Post Office Box 12", "Postfach 1234", "Postbox 53". */
    int box(int i) {
        int k = i;
        if (t.is(k, "p") && t.dotAfter(k) && t.is(k + 2, "o")) {
            k = t.withDot(k + 2);
        } else if (t.is(k, "po") || t.is(k, "pob")) {
            k = t.withDot(k);
        } else if (t.is(k, "post") && t.is(k + 1, "office")) {
            k += 2;
        } else if ((t.is(k, "private") || t.is(k, "locked")) && t.is(k + 1, "bag")
                || t.is(k, "caixa") && t.is(k + 1, "postal") || t.is(k, "case") && t.is(k + 1, "postale")) {
            return boxNumber(k + 2) ? k + 3 : i;
        } else if (t.is(k, "apartado") && t.is(k + 1, "de") && t.is(k + 2, "correos")) {
            return boxNumber(k + 3) ? k + 4 : i;
        } else if (t.isWord(k) && t.has(k, AddressLexicon.BOX) || frenchBox(k)) {
            return boxNumber(k + 1) ? k + 2 : i;
        } else if (t.is(k, "box") && boxNumber(k + 1) && postalAfter(k + 2)) {
            return k + 2; // "Box 7083, 402 32 Göteborg": a bare box needs the rest of an address after it
        } else {
            return i;
        }
        return t.is(k, "box") && boxNumber(k + 1) ? k + 2 : i;
    }

    /** A box number: digits, or a letter and digits ("Private Bag X3"). */
    private boolean boxNumber(int i) {
        return t.isNumber(i) || i < t.size() && LETTER_NUMBER.matcher(t.raw(i)).matches();
    }

    /** French "BP 125", "CS 70021", in capitals. */
    private boolean frenchBox(int k) {
        return (t.is(k, "bp") || t.is(k, "cs")) && t.raw(k).equals(t.raw(k).toUpperCase(Locale.ROOT));
    }

    /** A comma or a line break, then a number (postcode or building number). */
    private boolean postalAfter(int i) {
        int k = t.is(i, ",") ? i + 1 : i;
        return k < t.size() && (k > i || !t.sameLine(i - 1, k)) && t.isNumber(k);
    }
}
