package dev.gantry.guard.text;

/** Characters that change how a text reads to a detector without changing how it looks. */
final class Invisibles {
    private static final int TAG_ASCII_FIRST = 0xE0020;
    private static final int TAG_ASCII_LAST = 0xE007E;

    private Invisibles() {
    }

    /**
     * Zero-width and bidi controls (all of Unicode's format chars), variation selectors, the combining
     * grapheme joiner, Hangul fillers, and control chars other than whitespace: dropped before detection.
     */
    static boolean isInvisible(int cp) {
        if (isTag(cp)) return false;
        int type = Character.getType(cp);
        if (type == Character.FORMAT) return true;
        if (type == Character.CONTROL) return !Character.isWhitespace(cp);
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) || cp == 0x034F
                || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0;
    }

    /** Unicode tag chars mirror ASCII invisibly ("ASCII smuggling"); detectors should read what they hide. */
    static boolean isTag(int cp) {
        return cp >= TAG_ASCII_FIRST && cp <= TAG_ASCII_LAST;
    }

    static int untag(int cp) {
        return isTag(cp) ? cp - 0xE0000 : cp;
    }
}
