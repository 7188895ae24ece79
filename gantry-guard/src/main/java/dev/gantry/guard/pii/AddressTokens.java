package dev.gantry.guard.pii;

import dev.gantry.guard.pii.EntityTokenizer.Token;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A text's tokens with what the address grammar asks of them: line, shape, lexicon key. */
final class AddressTokens {
    private static final int MAX_NUMBER_DIGITS = 6;
    private static final byte WORD = 1;
    private static final byte CAPITAL = 2;
    private static final byte NUMBER = 4;
    /** How far back {@link #proseBefore} looks: running text shows within a few words. */
    private static final int PROSE_WINDOW = 8;
    private static final Pattern NUMBER_REST =
            Pattern.compile("([-/]([0-9]{1,4}|[A-Z]{1,3})){1,3}|[ºª°][A-Za-z]{0,2}|er|ème");
    private static final Pattern JAPANESE_NUMBER = Pattern.compile("\\d{1,4}-\\d{1,4}-\\d{1,4}");
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}(st|nd|rd|th)");
    private static final Pattern ALPHANUMERIC_POSTCODE = Pattern.compile(
            "[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}|[A-Z]\\d[A-Z] \\d[A-Z]\\d"
                    + "|[A-Z]\\d{2}[A-Z\\d]? [A-Z\\d]{4}|\\d{4} [A-Z]{2}");

    final String text;
    private final String[] raws;
    private final int[] starts;
    private final int[] ends;
    private final String[] keys;
    private final int[] flags;
    /** Per token: {@link #WORD}, {@link #CAPITAL}, {@link #NUMBER}, worked out once. */
    private final byte[] shapes;
    private final int[] lines;
    /** Per line: its first token, the first word or number on it, whether it has no small letters. */
    private final int[] lineFirst;
    private final int[] lineFirstWord;
    private final boolean[] lineUpper;
    /** A text without capitals (some samples are lower-cased whole): names need no capital then. */
    final boolean lowerCase;

    AddressTokens(String text, List<Token> tokens) {
        this.text = text;
        int n = tokens.size();
        this.raws = new String[n];
        this.starts = new int[n];
        this.ends = new int[n];
        this.keys = new String[n];
        this.flags = new int[n];
        this.shapes = new byte[n];
        this.lines = new int[n];
        int line = 0;
        int from = 0;
        for (int i = 0; i < n; i++) {
            Token token = tokens.get(i);
            for (int c = from; c < token.start(); c++) if (text.charAt(c) == '\n') line++;
            from = token.end();
            lines[i] = line;
            raws[i] = token.text();
            starts[i] = token.start();
            ends[i] = token.end();
            keys[i] = AddressLexicon.key(token.text());
            flags[i] = AddressLexicon.flags(keys[i]);
            char first = token.text().charAt(0);
            if (Character.isLetter(first)) shapes[i] = (byte) (WORD | (Character.isUpperCase(first) ? CAPITAL : 0));
        }
        for (int i = 0; i < n; i++) if (numberShape(i)) shapes[i] |= NUMBER;
        this.lowerCase = text.chars().noneMatch(Character::isUpperCase);
        int lineCount = tokens.isEmpty() ? 0 : lines[tokens.size() - 1] + 1;
        this.lineFirst = new int[lineCount];
        this.lineFirstWord = new int[lineCount];
        this.lineUpper = new boolean[lineCount];
        Arrays.fill(lineFirst, -1);
        Arrays.fill(lineFirstWord, Integer.MAX_VALUE);
        Arrays.fill(lineUpper, true);
        for (int i = 0; i < tokens.size(); i++) {
            int l = lines[i];
            if (lineFirst[l] < 0) lineFirst[l] = i;
            if (lineFirstWord[l] == Integer.MAX_VALUE && (isWord(i) || isNumber(i))) lineFirstWord[l] = i;
            if (isWord(i) && hasSmallLetter(raw(i))) lineUpper[l] = false;
        }
        for (int l = lineCount - 1; l >= 0; l--) { // a blank line "starts" where the next line does
            if (lineFirst[l] < 0) lineFirst[l] = l + 1 < lineCount ? lineFirst[l + 1] : tokens.size();
        }
    }

    int size() {
        return keys.length;
    }

    String key(int i) {
        return i < keys.length ? keys[i] : "";
    }

    String raw(int i) {
        return raws[i];
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    int line(int i) {
        return lines[i];
    }

    boolean sameLine(int i, int j) {
        return i < keys.length && j < keys.length && lines[i] == lines[j];
    }

    /** Whether {@code i} is the first token of its line. */
    boolean startsLine(int i) {
        return i == 0 || lines[i - 1] != lines[i];
    }

    /** Whether only marks (">", "???", "-") stand before {@code i} on its line. */
    boolean atLineStart(int i) {
        return i <= lineFirstWord[lines[i]];
    }

    /** Whether {@code i} opens its line, not indented, right under a line that opens with a word (a name line). */
    boolean flushUnderText(int i) {
        return i > 0 && startsLine(i) && text.charAt(start(i) - 1) == '\n' && line(i) - line(i - 1) == 1
                && isWord(lineStart(i - 1));
    }

    /** After the last token of {@code i}'s line. */
    int lineEnd(int i) {
        int line = lines[i];
        return line + 1 < lineFirst.length ? lineFirst[line + 1] : keys.length;
    }

    /** The first token of {@code i}'s line. */
    int lineStart(int i) {
        return lineFirst[lines[i]];
    }

    /** Whether token {@code i} is in the lexicon list {@code flag} ({@link AddressLexicon#STREET_TYPE}, ...). */
    boolean has(int i, int flag) {
        return i >= 0 && i < flags.length && (flags[i] & flag) != 0;
    }

    /** A field separator of a signature or label line: "|" or "·". */
    boolean isFieldBar(int i) {
        return is(i, "|") || is(i, "·");
    }

    boolean is(int i, String key) {
        return i < keys.length && keys[i].equals(key);
    }

    /** A house or building number: 1-6 digits, optionally with one letter ("221B") or a range ("12-14"). */
    boolean isNumber(int i) {
        return i >= 0 && i < keys.length && (shapes[i] & NUMBER) != 0;
    }

    private boolean numberShape(int i) {
        int digits = digits(i);
        if (digits == 0 || digits > MAX_NUMBER_DIGITS || decimalPart(i)) return false;
        String rest = raw(i).substring(digits);
        return rest.isEmpty() || (rest.length() == 1 && Character.isLetter(rest.charAt(0)))
                || NUMBER_REST.matcher(rest).matches();
    }

    /** "9" in "0.9", "5" in "2,5": the decimals of a number, no house number. */
    private boolean decimalPart(int i) {
        if (i < 2 || !(raw(i - 1).equals(".") || raw(i - 1).equals(","))) return false;
        String before = raw(i - 2);
        return start(i) == end(i - 1) && start(i - 1) == end(i - 2)
                && Starts.isDigit(before.charAt(before.length() - 1));
    }

    /** How many digits open token {@code i}. */
    int digits(int i) {
        if (i < 0 || i >= keys.length) return 0;
        String t = raw(i);
        int digits = 0;
        while (digits < t.length() && Starts.isDigit(t.charAt(digits))) digits++;
        return digits;
    }

    /** A Japanese block-lot-house number: "2-14-5", "1-5-1". */
    boolean isJapaneseNumber(int i) {
        return i < keys.length && Starts.isDigit(raw(i).charAt(0)) && raw(i).indexOf('-') > 0
                && JAPANESE_NUMBER.matcher(raw(i)).matches();
    }

    /** After the number at {@code i} and what is written onto it: "101/2/14", "22/A", "12 bis" not included. */
    int numberEnd(int i) {
        int k = i + 1;
        while (k + 1 < keys.length && (raw(k).equals("/") || raw(k).equals("-")) && start(k) == end(k - 1)
                && start(k + 1) == end(k) && (isNumber(k + 1) || raw(k + 1).length() <= 2)) {
            k += 2;
        }
        return k;
    }

    /**
     * A dot right after a number that does not end a sentence: Hungarian "útja 76. Apt. 289", "u. 97." at a line's
     * end; not "... 34736. Please call".
     */
    boolean numberDot(int k) {
        if (!(k > 0 && k < keys.length && raw(k).equals(".") && isNumber(k - 1) && dotAfter(k - 1))) return false;
        int next = k + 1;
        return next >= keys.length || !sameLine(k, next) || has(next, AddressLexicon.UNIT)
                || has(next, AddressLexicon.FLOOR)
                || isWord(next) && Character.isLowerCase(raw(next).charAt(0));
    }

    /** "105 63", "402 32", "100 00": a Greek, Swedish, Czech or Slovak postcode in two numbers. */
    boolean spacedPostcode(int i) {
        return digits(i) == 3 && raw(i).length() == 3 && i + 1 < keys.length && sameLine(i, i + 1)
                && raw(i + 1).length() == 2 && digits(i + 1) == 2;
    }

    /**
     * An alphanumeric postcode in two tokens at {@code i} (British "GU22 7AB", Canadian "V5N 2S7", Irish "D07 X2K9",
     * Dutch "2514 EA"): where it ends, or {@code i}.
     */
    int alphanumericPostcode(int i) {
        if (i + 1 >= keys.length || !sameLine(i, i + 1)) return i;
        String pair = raw(i) + " " + raw(i + 1);
        if (lowerCase) pair = pair.toUpperCase(Locale.ROOT); // "swindon sn3 4ht"
        return ALPHANUMERIC_POSTCODE.matcher(pair).matches() ? i + 2 : i;
    }

    /** "2nd", "85th", "3rd". */
    boolean isOrdinal(int i) {
        if (i >= keys.length) return false;
        String key = keys[i];
        return key.length() >= 3 && Starts.isDigit(key.charAt(0)) && Character.isLetter(key.charAt(key.length() - 1))
                && ORDINAL.matcher(key).matches();
    }

    /**
     * Whether [from, to) holds a name written as one: two letters or more, a capital and then small letters (any word
     * in a lower-case text or on a line in capitals). Product names, units and variables are not: "MAX", "GBq", "X".
     */
    boolean hasCasedName(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isWord(k)) continue;
            String w = raw(k);
            if (w.length() < 2) continue;
            if (lowerCase || lineUpper(k) || titleCase(w)) return true;
        }
        return false;
    }

    /**
     * "Golfskálinn", "Vana-Viru", "d'Ouchy": a part of two letters or more with a capital and then small letters only
     * ("GBq", "MAX" and "iPhone" are no names).
     */
    private static boolean titleCase(String w) {
        int start = 0;
        for (int c = 0; c <= w.length(); c++) {
            if (c < w.length() && !isJoiner(w.charAt(c))) continue;
            if (c - start >= 2 && Character.isUpperCase(w.charAt(start)) && smallLetters(w, start + 1, c)) return true;
            start = c + 1;
        }
        return false;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '\u2019';
    }

    private static boolean smallLetters(String w, int from, int to) {
        for (int c = from; c < to; c++) if (!Character.isLowerCase(w.charAt(c))) return false;
        return true;
    }

    private static boolean hasSmallLetter(String w) {
        for (int c = 0; c < w.length(); c++) if (Character.isLowerCase(w.charAt(c))) return true;
        return false;
    }

    private boolean lineUpper(int i) {
        return lineUpper[lines[i]];
    }

    boolean isWord(int i) {
        return i >= 0 && i < keys.length && (shapes[i] & WORD) != 0;
    }

    boolean isCapitalised(int i) {
        return i >= 0 && i < keys.length && (shapes[i] & CAPITAL) != 0;
    }

    /** A word that may be part of a street or town name: capitalised (any word in a lower-cased text), no stop word. */
    boolean isNameWord(int i) {
        if (isOrdinal(i)) return true;
        if (!isWord(i) || has(i, AddressLexicon.STOP) || has(i, AddressLexicon.UNIT)) return false;
        return lowerCase || isCapitalised(i);
    }

    /** A dot written right after token {@code i} ("St.", "49."), on its line. */
    boolean dotAfter(int i) {
        return i + 1 < keys.length && raw(i + 1).equals(".") && start(i + 1) == end(i);
    }

    /** {@code i} plus the dot right after it, if any. */
    int withDot(int i) {
        return dotAfter(i) ? i + 2 : i + 1;
    }

    /**
     * Whether running text stands before {@code i} on its line: a lower-case word ("Ship to", "meet me at") or a
     * function word ("Is ..."), or two words on a line in capitals ("PLEASE DELIVER TO"). A name before it ("Mrs.
     * Anna Berg") is none.
     */
    boolean proseBefore(int i) {
        int words = 0;
        for (int j = i - 1; j >= Math.max(0, i - PROSE_WINDOW) && sameLine(j, i); j--) {
            if (!isWord(j)) continue;
            words++;
            boolean lower = Character.isLowerCase(raw(j).charAt(0));
            if (lowerCase || lower || has(j, AddressLexicon.STOP)) return true;
        }
        return words >= 2 && lineUpper(i);
    }
}
