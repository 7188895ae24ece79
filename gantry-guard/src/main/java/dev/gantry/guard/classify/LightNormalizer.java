package dev.gantry.guard.classify;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Light normalisation that defeats the cheap evasion tricks before rules and the classifier see a text: compatibility
 * forms (full-width, ligatures), invisible format characters, literal "\n" escapes, Cyrillic/Greek look-alikes inside
 * Latin words, digit-for-letter spelling, accents, spaced-out letters and base64-wrapped payloads.
 */
public final class LightNormalizer {
    /** Word put before a collapsed run of spaced-out letters ("i g n o r e"), so rules can see the trick happened. */
    public static final String SPACED_MARK = "zzspaced";
    /** Five or more single letters joined by one separator; bounded so a megabyte of "a a a" cannot exhaust the regex stack. */
    private static final Pattern SPACED_LETTERS = Pattern.compile("(?<![\\p{L}\\p{N}])(?:\\p{L}[ .\\-_*|]){4,400}\\p{L}(?![\\p{L}\\p{N}])");
    private static final Pattern SEPARATOR = Pattern.compile("[ .\\-_*|]");
    private static final Pattern LITERAL_NEWLINE = Pattern.compile("\\\\ ?[nrt]");
    /** Latin, Greek and Cyrillic accents; Arabic harakat and Hebrew points (optional vowel signs, and an evasion when sprinkled in). */
    private static final Pattern COMBINING_ACCENTS = Pattern.compile("[\\u0300-\\u036f\\u064b-\\u065f\\u0670\\u0591-\\u05bd\\u05bf\\u05c1\\u05c2\\u05c4\\u05c5\\u05c7]");

    private LightNormalizer() {
    }

    /** Lower-cased, accent-folded, de-obfuscated text; never null, never throws. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) return "";
        return LAST.get(text, LightNormalizer::normalizeAfresh); // the same string again: several detectors, one chain
    }

    /**
     * The steps, each skipped where it provably changes nothing: Unicode normalisation and accent stripping on pure
     * ASCII, regex replaces where their trigger character is absent.
     */
    private static String normalizeAfresh(String text) {
        String s = isAscii(text) ? text : Normalizer.normalize(dropBrokenSurrogatesAndFormatChars(text), Normalizer.Form.NFKC);
        s = appendDecodedBase64(s);
        if (s.indexOf('\\') >= 0) s = LITERAL_NEWLINE.matcher(s).replaceAll(" ");
        s = s.toLowerCase(Locale.ROOT).replace("ß", "ss");
        s = foldAccents(s);
        s = WordRepair.repairWords(s);
        s = collapseSpacedLetters(s);
        return collapseSpaces(s).strip();
    }

    /**
     * A rule's regex, written in lower case with accents, in the form {@link #normalize} gives text: compatibility
     * characters decomposed (Thai sara am, full-width forms) and accents folded. ASCII, and so the regex syntax, stays.
     */
    public static String foldPattern(String regex) {
        return isAscii(regex) ? regex : foldAccents(Normalizer.normalize(regex, Normalizer.Form.NFKC));
    }

    /** Drops combining accents and vowel points (é -> e, й -> и, ά -> α, مُوَجَّه -> موجه); Indic and Thai vowel signs stay. */
    private static String foldAccents(String s) {
        if (isAscii(s)) return s;
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        return Normalizer.normalize(COMBINING_ACCENTS.matcher(decomposed).replaceAll(""), Normalizer.Form.NFC);
    }

    /** The last text normalised and its result, so the detectors of one chain normalise a text once. */
    private static final LastOf<String, String> LAST = new LastOf<>();

    static boolean isAscii(String s) {
        return isAscii(s, 0, s.length());
    }

    /** Whether {@code s[from, to)} is all ASCII. */
    static boolean isAscii(String s, int from, int to) {
        for (int i = from; i < to; i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    /** What replacing the regex {@code \s+} by " " gives: each run of space, tab, newline, VT, FF or CR becomes one space. */
    private static String collapseSpaces(String s) {
        int n = s.length();
        int i = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c) && (c != ' ' || i + 1 < n && isSpace(s.charAt(i + 1)))) break;
        }
        if (i == n) return s;
        StringBuilder out = new StringBuilder(n);
        out.append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                out.append(' ');
                while (i < n && isSpace(s.charAt(i))) i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** True when the text hid words as spaced-out single letters, a deliberate evasion. */
    public static boolean hasSpacedLetters(String normalized) {
        return normalized.startsWith(SPACED_MARK + " ") || normalized.contains(" " + SPACED_MARK + " ");
    }

    /**
     * Drops unpaired surrogates and invisible format characters (zero-width space, joiners, BOM, soft hyphen), but
     * reveals Unicode tag characters (U+E0020..U+E007E): they spell ASCII invisibly, a known way to smuggle instructions.
     */
    private static String dropBrokenSurrogatesAndFormatChars(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0xE0020 && cp <= 0xE007E) {
                out.append((char) (cp - 0xE0000));
            } else if (!Character.isSurrogate((char) cp) && Character.getType(cp) != Character.FORMAT) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static String collapseSpacedLetters(String s) {
        if (!maySpaceLetters(s)) return s;
        Matcher m = SPACED_LETTERS.matcher(s);
        if (!m.find()) return s;
        StringBuilder out = new StringBuilder(s.length());
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(SPACED_MARK + " " + SEPARATOR.matcher(m.group()).replaceAll("")));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /**
     * False only when {@link #SPACED_LETTERS} cannot match: no five letters each followed by one separator but the
     * last. Texts with surrogates (letters outside the BMP) are always left to the regex.
     */
    private static boolean maySpaceLetters(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) if (Character.isSurrogate(s.charAt(i))) return true;
        for (int i = 0; i + 8 < n; i++) {
            if (!isSeparator(s.charAt(i + 1))) continue;
            boolean run = true;
            for (int k = 0; k <= 8 && run; k += 2) run = Character.isLetter(s.charAt(i + k)) && (k == 8 || isSeparator(s.charAt(i + k + 1)));
            if (run) return true;
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '.' || c == '-' || c == '_' || c == '*' || c == '|';
    }

    /**
     * Decodes what successive finds of the regex {@code [A-Za-z0-9+/]{16,}={0,2}} would match: maximal runs of 16 or
     * more base64 characters, each with up to two '=' after it.
     */
    private static String appendDecodedBase64(String s) {
        StringBuilder decoded = null;
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!isBase64(s.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && isBase64(s.charAt(end))) end++;
            if (end - i >= 16) {
                int stop = end;
                while (stop < n && stop - end < 2 && s.charAt(stop) == '=') stop++;
                if (decoded == null) decoded = new StringBuilder();
                decoded.append(decodeIfText(s.substring(i, stop)));
                end = stop;
            }
            i = end;
        }
        return decoded == null || decoded.isEmpty() ? s : s + " " + decoded;
    }

    private static boolean isBase64(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '/';
    }

    private static String decodeIfText(String candidate) {
        try {
            String text = new String(Base64.getDecoder().decode(candidate), StandardCharsets.UTF_8);
            long printable = text.chars().filter(c -> c >= 0x20 && c != 0xFFFD || c == '\n').count();
            boolean hasWords = text.chars().filter(Character::isLetter).count() >= text.length() / 2;
            return printable == text.length() && hasWords ? " " + text : "";
        } catch (IllegalArgumentException notBase64) {
            return "";
        }
    }
}
