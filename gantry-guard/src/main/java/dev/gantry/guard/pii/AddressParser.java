package dev.gantry.guard.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The core of a street address at a token, by a small grammar over {@link AddressTokens}: units ("Apt. 675"), then a
 * military address or a post box ({@link PostBoxParser}) or a street with an optional building number before it, then
 * more units. A street is one of
 * <ul>
 *   <li>type first: "Rua Igreja 25", "ul. Słowicza 10", "137 Avenue Teboulbi";</li>
 *   <li>type inside or last: "Villacher Strasse 89", "Kiannonkatu 98", "217 Lovers Lane", "Király u. 15.";</li>
 *   <li>a bare name and number ("Golfskálinn 78"): only with a building number before it, or after a cue such as
 *       "lives at" (weak).</li>
 * </ul>
 * Town, region, postcode and country after the core are the {@link AddressTail}'s.
 */
final class AddressParser {
    private static final int MAX_NAME_WORDS = 5;

    /** What a part of an address is. */
    enum Kind { NUMBER, STREET, UNIT, BOX, MILITARY, CORNER, NAMED_STREET }

    /** A part of an address: tokens [from, to). */
    record Part(Kind kind, int from, int to) {}

    /** An address core: its parts in order; weak when only a cue before it says it is an address. */
    record Core(List<Part> parts, boolean weak) {
        int from() {
            return parts.getFirst().from();
        }

        int to() {
            return parts.getLast().to();
        }

        boolean has(Kind kind) {
            return parts.stream().anyMatch(p -> p.kind() == kind);
        }
    }

    private final AddressTokens t;
    private final PostBoxParser boxes;

    AddressParser(AddressTokens tokens) {
        this.t = tokens;
        this.boxes = new PostBoxParser(tokens);
    }

    /** The address core starting at token {@code i}, or null. */
    Core parseAt(int i) {
        Core corner = corner(i);
        if (corner != null) return corner;
        List<Part> parts = new ArrayList<>();
        int k = units(i, parts);
        if (!parts.isEmpty() && t.is(k, ",") && t.sameLine(k, k + 1)) k++;
        int end = postal(k, parts);
        if (end == k) return streetCore(k, parts);
        units(end, parts);
        return new Core(parts, false);
    }

    /** A military address or a post box at {@code k}, with a building number before a box: where it ends, or k. */
    private int postal(int k, List<Part> parts) {
        int end = boxes.military(k);
        if (end > k) {
            parts.add(new Part(Kind.MILITARY, k, end));
            return end;
        }
        if ((end = boxes.box(k)) > k) {
            parts.add(new Part(Kind.BOX, k, end));
            return end;
        }
        if (t.isNumber(k) && t.sameLine(k, k + 1) && (end = boxes.box(k + 1)) > k + 1) {
            parts.add(new Part(Kind.NUMBER, k, k + 1));
            parts.add(new Part(Kind.BOX, k + 1, end));
            return end;
        }
        return k;
    }

    /** A street at {@code k} after the units in {@code parts}, then more units; or a street to confirm; or null. */
    private Core streetCore(int k, List<Part> parts) {
        boolean weak = false;
        Street street = numberedStreet(k);
        if (street == null && (street = cuedStreet(k)) != null) weak = true;
        int building;
        if (street == null && !parts.isEmpty() && (building = buildingName(k)) > k) {
            parts.add(new Part(Kind.STREET, k, building - 1)); // "Flat 12, Meridian House, 9 Dock Street"
            k = building;
            street = numberedStreet(k);
        }
        if (street == null) return namedCore(k, parts);
        if (street.start() > k) parts.add(new Part(Kind.NUMBER, k, street.start()));
        parts.add(new Part(Kind.STREET, street.start(), street.end()));
        units(street.end(), parts);
        return new Core(parts, weak);
    }

    /**
     * A street the recognizer confirms by the postcode after it ("Mill Lane, Cambridge CB22 5EW", with a house name
     * before it; "Bryggen 12, 5003 Bergen"); else the units alone, or null.
     */
    private Core namedCore(int k, List<Part> parts) {
        int building = parts.isEmpty() ? buildingName(k) : k; // "Rosebank Cottage, Mill Lane, ..."
        int end;
        if (building > k && (end = namedStreet(building)) > building
                || (end = namedStreet(k)) > k || (end = bareStreet(k)) > k) {
            parts.add(new Part(Kind.NAMED_STREET, k, end));
            return new Core(parts, false);
        }
        return parts.isEmpty() || parts.getLast().kind() != Kind.UNIT ? null : new Core(parts, false);
    }

    /** Units in a row at {@code i}, added to {@code parts}; where they end. */
    int units(int i, List<Part> parts) {
        int k = i;
        int end;
        while (true) {
            boolean skip = (t.numberDot(k) || t.is(k, ",")) && unit(k + 1) > k + 1; // "útja 76. Apt. 289", "St, Apt 5"
            int from = skip ? k + 1 : k;
            if ((end = unit(from)) == from) return k;
            parts.add(new Part(Kind.UNIT, from, end));
            k = end;
        }
    }

    /** "Apt. 675", "Suite 12B", "Flat 2": where it ends, or {@code i}. */
    int unit(int i) {
        if (t.is(i, "#") && t.isNumber(i + 1) && t.start(i + 1) == t.end(i)) return t.numberEnd(i + 1);
        if (t.isOrdinal(i) && t.isWord(i + 1) && (t.is(i + 1, "floor") || t.is(i + 1, "fl"))) return t.withDot(i + 1);
        if (!t.isWord(i) || !t.has(i, AddressLexicon.UNIT) || boxes.military(i) > i) return i;
        int k = t.withDot(i);
        if (t.is(k, "#") || t.is(k, "no")) k = t.withDot(k);
        if (!t.sameLine(i, k)) return i;
        if (t.isNumber(k)) return t.numberEnd(k);
        boolean letter = t.isWord(k) && t.raw(k).length() == 1 && Character.isUpperCase(t.raw(k).charAt(0));
        return letter ? k + 1 : i;
    }

    /** A street found by {@link #street}: tokens [start, end); numbered when it holds its own house number. */
    record Street(int start, int end, boolean numbered) {}

    /** A building number and a street ("5049 Harjukuja 54", "17151 2450 Crown St"), or a street alone. */
    private Street numberedStreet(int i) {
        if (t.isNumber(i) && t.sameLine(i, i + 1)) {
            Street street = street(i + 1, true);
            if (street != null && street.numbered()) return street;
        }
        return street(i, false);
    }

    /**
     * A street at {@code i}. {@code afterNumber}: a building number stands right before it, which is enough for a
     * bare name and number ("333 Golfskálinn 78") or a leading type and a name ("137 Avenue Teboulbi").
     */
    Street street(int i, boolean afterNumber) {
        int k = i;
        boolean ownNumber = t.isNumber(k) && t.sameLine(k, t.numberEnd(k));
        if (ownNumber) k = t.numberEnd(k);
        if (ownNumber && t.is(k, ",") && leadingType(k + 1) && t.sameLine(k, k + 1)) k++;
        if (ownNumber && (t.is(k, "bis") || t.is(k, "ter"))) k = t.is(k + 1, ",") ? k + 2 : k + 1;
        boolean numberBefore = ownNumber || afterNumber;
        if (t.isJapaneseNumber(i) && t.isNameWord(k) && t.sameLine(i, k)) {
            return new Street(i, k + 1, true); // "2-14-5 Jingumae": block, lot and house numbers, then the district
        }
        if (leadingType(k) && t.isNumber(k + 1) && (t.is(k + 2, "#") || t.is(k + 2, "no"))) {
            int number = t.withDot(k + 2); // "Calle 60 No. 491", "Calle 93 #11-26"
            if (t.is(number, ":")) number++;
            if (t.isNumber(number) && t.sameLine(k, number)) return new Street(i, t.numberEnd(number), true);
        }
        boolean slashType = t.is(k, "c") && t.is(k + 1, "/") && t.start(k + 1) == t.end(k); // "C/ Mayor 5"
        if ((leadingType(k) || slashType) && t.sameLine(i, k) && t.sameLine(k, t.withDot(k))) {
            int nameStart = slashType ? k + 2 : t.withDot(k);
            int nameEnd = nameRun(nameStart, true);
            int end = numberAfter(nameEnd);
            if (end == nameEnd && t.is(nameEnd, ",")) { // "Rua Augusta, 1508", "Av. Paulista, 1000"
                int number = numberAfter(nameEnd + 1);
                if (number > nameEnd + 1) end = number;
            }
            if (nameEnd > nameStart && (end > nameEnd || numberBefore)
                    && casedEnough(k, nameStart, nameEnd, numberBefore) && t.hasCasedName(nameStart, nameEnd)) {
                return new Street(i, end, ownNumber || end > nameEnd);
            }
        }
        int nameEnd = nameRun(k, false);
        if (nameEnd == k || prefixTypeInside(k, nameEnd)) return null;
        if (!numberBefore && wordsBeforeCompound(k, nameEnd)) return null;
        int end = numberAfter(nameEnd);
        boolean numberAfter = end > nameEnd;
        boolean named = hasPlainName(k, nameEnd) || words(k, nameEnd) >= 2;
        boolean ok = switch (naming(k, nameEnd)) {
            case COMPOUND -> numberAfter || numberBefore;
            case TYPE_INSIDE -> hasPlainName(k, nameEnd) && numberAfter;
            case TYPE_LAST -> named && (numberBefore || numberAfter && !englishTypeLast(k, nameEnd));
            case BARE -> t.hasCasedName(k, nameEnd) && !(ownNumber && afterNumber && postcodePair(i))
                    // building numbers have 3 digits or more: not "iPhone 15 Pro Max 256"
                    && t.digits(afterNumber ? i - 1 : i) >= 3
                    && (numberAfter && numberBefore || ownNumber && afterNumber && words(k, nameEnd) >= 2);
        };
        return ok ? new Street(i, end, ownNumber || numberAfter) : null;
    }

    /** "402 32 Göteborg", "100 00 Praha": a Swedish or Czech postcode, not a building and a house number. */
    private boolean postcodePair(int i) {
        return i > 0 && t.digits(i - 1) == 3 && t.digits(i) == 2 && t.raw(i).length() == 2;
    }

    private enum Naming { COMPOUND, TYPE_LAST, TYPE_INSIDE, BARE }

    /** How the name words [from, to) say "street": "Kiannonkatu", "Lovers Lane", "Erzsébet tér", or not at all. */
    private Naming naming(int from, int to) {
        int last = lastWord(to);
        while (last > from && t.has(last, AddressLexicon.DIRECTION)) last--; // "Wellesley St E", "Peachtree St NE"
        if (t.is(last, ".")) last--;
        Naming naming = Naming.BARE;
        for (int k = from; k < to; k++) {
            if (!t.isWord(k)) continue;
            if (t.has(k, AddressLexicon.COMPOUND)) return Naming.COMPOUND;
            if (!t.has(k, AddressLexicon.STREET_TYPE)) continue;
            if (k == last) naming = Naming.TYPE_LAST;
            else if (k > from) naming = Naming.TYPE_INSIDE; // "Villacher Strasse 89", not "Street Fighter 6"
        }
        return naming;
    }

    /**
     * "Lieferadresse Hauptplatz 3": a word before a compound street that is not a German adjective ("Brucker
     * Bundesstrasse", "Wiener Straße") belongs to the sentence; the street starts at the compound.
     */
    private boolean wordsBeforeCompound(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!t.has(k, AddressLexicon.COMPOUND)) continue;
            for (int j = from; j < k; j++) if (t.isWord(j) && !t.key(j).endsWith("er")) return true;
            return false;
        }
        return false;
    }

    /**
     * "State Route 9", "Highway 61": an English street type with a number after it names a road; English addresses
     * put the number first ("61 Highway Road").
     */
    private boolean englishTypeLast(int from, int to) {
        int last = lastWord(to);
        return last >= from && t.has(last, AddressLexicon.ENGLISH_ONLY);
    }

    /** "Moro na Rua Augusta": the street starts at "Rua", so a run that holds it after its first word is none. */
    private boolean prefixTypeInside(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (leadingType(k) && t.isNameWord(t.withDot(k))
                    && t.withDot(k) < to && !t.has(k, AddressLexicon.ENGLISH_TYPE)) {
                return true;
            }
        }
        return false;
    }

    /** Whether [from, to) holds a word that is no street type: "Lovers" in "Lovers Lane", "64th" in "E 64th St". */
    private boolean hasPlainName(int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.isOrdinal(k)) return true;
            if (t.isWord(k) && !t.has(k, AddressLexicon.STREET_TYPE) && !t.has(k, AddressLexicon.PARTICLE)) {
                return true;
            }
        }
        return false;
    }

    private int words(int from, int to) {
        int words = 0;
        for (int k = from; k < to; k++) if (t.isWord(k) || t.isOrdinal(k)) words++;
        return words;
    }

    /** A street type written before the name: "Rua", "ul.", "rue". */
    private boolean leadingType(int i) {
        return t.isWord(i) && t.has(i, AddressLexicon.PREFIX_TYPE) && !(t.is(i, "al") && t.is(i - 1, "et")); // et al.
    }

    /** A type written small in a text with capitals needs a capital in the name: "rue des Lilas", not "via email". */
    private boolean casedEnough(int type, int nameFrom, int nameTo, boolean numberBefore) {
        if (t.isCapitalised(type) || t.lowerCase || t.dotAfter(type)) return true;
        // "via Toll-like receptor 4" is none, "12, place Bellecour" and "7 place du Chancelier Adenauer" are
        if (t.has(type, AddressLexicon.COMMON_WORD) && !numberBefore) return false;
        for (int k = nameFrom; k < nameTo; k++) if (t.isCapitalised(k)) return true;
        return false;
    }

    /** A bare name and number after a cue ("lives at Joaquin Suarez 2906"): weak. */
    private Street cuedStreet(int i) {
        if (!t.isNameWord(i) || !cueBefore(i)) return null;
        int nameEnd = nameRun(i, false);
        if (!t.hasCasedName(i, nameEnd)) return null;
        int end = numberAfter(nameEnd);
        if (end > nameEnd && nameEnd - i <= 3) return new Street(i, end, true);
        boolean lives = naming(i, nameEnd) == Naming.TYPE_LAST && hasPlainName(i, nameEnd) && livesOn(i);
        return lives ? new Street(i, nameEnd, false) : null;
    }

    /**
     * A street without a number and a comma after it ("Ballyvaughan Road, Kinvara", "Calle Mayor, Madrid"): where it
     * ends, or {@code i}. Only an address when a postcode follows (the recognizer checks).
     */
    private int namedStreet(int i) {
        if (!t.isCapitalised(i) && !t.lowerCase) return i;
        int nameStart = leadingType(i) ? t.withDot(i) : i;
        int nameEnd = nameRun(nameStart, nameStart > i);
        if (nameEnd == nameStart || !t.is(nameEnd, ",") || !t.hasCasedName(nameStart, nameEnd)) return i;
        boolean named = hasPlainName(i, nameEnd) || words(i, nameEnd) >= 2; // "Mill Lane" is two types, and a name
        boolean typed = nameStart > i || naming(i, nameEnd) == Naming.TYPE_LAST && named;
        return typed ? nameEnd : i;
    }

    /**
     * A name and a house number without a street word ("Bryggen 12", "Tsimiski 45", "Am Sonnenhang 7a"): where it
     * ends, or {@code i}. Only an address when a postcode follows (the recognizer checks).
     */
    private int bareStreet(int i) {
        int k = GERMAN_PREPOSITIONS.contains(t.key(i)) && t.isCapitalised(i) && t.isCapitalised(i + 1) ? i + 1 : i;
        if (!t.isCapitalised(k) && !t.lowerCase) return i;
        int nameEnd = nameRun(k, false);
        int end = numberAfter(nameEnd);
        boolean ok = nameEnd > k && nameEnd - k <= 3 && end > nameEnd && t.hasCasedName(k, nameEnd);
        return ok ? end : i;
    }

    /** "Am Sonnenhang", "Auf der Heide": German streets that open with a preposition. */
    private static final Set<String> GERMAN_PREPOSITIONS = Set.of("am", "an", "auf", "im", "zum", "zur");

    /** A building's name and a comma ("Meridian House, "): where the street after it starts, or {@code i}. */
    private int buildingName(int i) {
        int from = t.is(i, "the") && t.isCapitalised(i) && t.isCapitalised(i + 1) ? i + 1 : i; // "The Maltings"
        int nameEnd = nameRun(from, false);
        return nameEnd > i && nameEnd - i <= 4 && t.is(nameEnd, ",") && t.sameLine(i, nameEnd + 1) ? nameEnd + 1 : i;
    }

    /** "I live on", "she lives on", "we lived on": a street named as where someone lives. */
    private boolean livesOn(int i) {
        return t.is(i - 1, "on") && (t.is(i - 2, "live") || t.is(i - 2, "lives") || t.is(i - 2, "lived")
                || t.is(i - 2, "living"));
    }

    /** Words before "at" or "on" that make a place of what follows: "lives at", "is on", "meet me at". */
    private static final Set<String> CUE_VERBS = Set.of(
            "is", "are", "was", "lives", "live", "lived", "living", "located", "situated", "based", "stay", "stays",
            "staying", "reside", "resides", "residing", "me", "us", "office", "shop", "store", "house", "home");

    /** "lives at", "is on", "side of", "address:" right before {@code i}. */
    private boolean cueBefore(int i) {
        int j = i - 1;
        if (j < 0 || !t.sameLine(j, i)) return false;
        if (t.is(j, ":")) return t.is(j - 1, "address");
        if (t.is(j, "on") || t.is(j, "at")) return t.sameLine(j - 1, i) && CUE_VERBS.contains(t.key(j - 1));
        return t.is(j, "of") && t.is(j - 1, "side");
    }

    /** "the corner of X and Y", one span from "the" when neither street is followed by its own "St.". */
    private Core corner(int i) {
        if (!t.is(i, "the") || !t.is(i + 1, "corner") || !t.is(i + 2, "of")) return null;
        int first = cornerStreet(i + 3);
        if (first == i + 3 || !t.is(first, "and")) return null;
        int second = cornerStreet(first + 1);
        if (second == first + 1) return null;
        return new Core(List.of(new Part(Kind.CORNER, i, second)), false);
    }

    private int cornerStreet(int i) {
        int k = t.isNumber(i) ? i + 1 : i;
        int nameEnd = nameRun(k, false);
        if (nameEnd == k || t.is(lastWord(nameEnd), "st")) return i;
        return numberAfter(nameEnd);
    }

    /**
     * Name words from {@code i} on its line, with dots after abbreviations. Particles stand inside a name, or first
     * after a street type ({@code afterType}: "Rue de Tanger"), where small words may follow too ("rue des
     * lieutemants").
     */
    int nameRun(int i, boolean afterType) {
        int k = i;
        int words = 0;
        while (k < t.size() && t.sameLine(i, k) && words < MAX_NAME_WORDS) {
            boolean particle = t.has(k, AddressLexicon.PARTICLE) && (t.isNameWord(k + 1) || afterType);
            boolean small = afterType && t.isWord(k) && !t.has(k, AddressLexicon.STOP)
                    && !t.has(k, AddressLexicon.UNIT);
            boolean inside = (words > 0 || afterType) && (particle || small);
            boolean type = t.isWord(k) && t.has(k, AddressLexicon.STREET_TYPE) && !t.isNumber(k);
            if (!t.isNameWord(k) && !inside && !type) break;
            k = abbreviated(k) ? k + 2 : k + 1;
            words++;
        }
        return k;
    }

    /** The last word of a name run that ends at {@code to}, before the dot of an abbreviation ("St."). */
    private int lastWord(int to) {
        return t.is(to - 1, ".") ? to - 2 : to - 1;
    }

    /** A word and its dot that abbreviate ("Str.", "u.", "J."), not a sentence's full stop. */
    private boolean abbreviated(int k) {
        String key = t.key(k);
        return t.dotAfter(k) && (key.length() <= 2
                || t.has(k, AddressLexicon.STREET_TYPE | AddressLexicon.UNIT | AddressLexicon.COMPOUND));
    }

    /** A house number right after {@code i} on its line, else {@code i}; with its dot when a lower-case word follows
     *  on the line ("útja 3. street"), as Hungarian writes it. */
    private int numberAfter(int i) {
        if (i > 0 && (t.is(i, "no") || t.is(i, "nr") || t.is(i, "nº")) && t.sameLine(i - 1, i)) {
            int k = t.withDot(i);
            if (t.is(k, ":")) k++;
            int end = numberAfter(k);
            return end > k ? end : i; // "Bağdat Caddesi No: 214", "Hauptstraße Nr. 5"
        }
        if (i == 0 || !t.isNumber(i) || !t.sameLine(i - 1, i) || t.digits(i) > 4) return i;
        int end = t.numberEnd(i);
        boolean ordinalDot = t.dotAfter(end - 1) && t.sameLine(i, end + 1) && t.isWord(end + 1)
                && !t.isCapitalised(end + 1);
        return ordinalDot ? end + 1 : end;
    }
}
