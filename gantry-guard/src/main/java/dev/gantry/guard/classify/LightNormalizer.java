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
    private static final Pattern BASE64_RUN = Pattern.compile("[A-Za-z0-9+/]{16,}={0,2}");
    private static final Pattern LITERAL_NEWLINE = Pattern.compile("\\\\ ?[nrt]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern COMBINING_ACCENTS = Pattern.compile("[\\u0300-\\u036f]");

    private LightNormalizer() {
    }

    /** Lower-cased, accent-folded, de-obfuscated text; never null, never throws. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) return "";
        String s = Normalizer.normalize(dropBrokenSurrogatesAndFormatChars(text), Normalizer.Form.NFKC);
        s = appendDecodedBase64(s);
        s = LITERAL_NEWLINE.matcher(s).replaceAll(" ");
        s = s.toLowerCase(Locale.ROOT).replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        s = COMBINING_ACCENTS.matcher(s).replaceAll("");
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        s = WordRepair.repairWords(s);
        s = collapseSpacedLetters(s);
        return SPACES.matcher(s).replaceAll(" ").strip();
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
        Matcher m = SPACED_LETTERS.matcher(s);
        if (!m.find()) return s;
        StringBuilder out = new StringBuilder(s.length());
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(SPACED_MARK + " " + SEPARATOR.matcher(m.group()).replaceAll("")));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    private static String appendDecodedBase64(String s) {
        Matcher m = BASE64_RUN.matcher(s);
        StringBuilder decoded = new StringBuilder();
        while (m.find()) decoded.append(decodeIfText(m.group()));
        return decoded.isEmpty() ? s : s + " " + decoded;
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
