package dev.gantry.extract.tika;

/** Text clean-up for extracted text: parsers hand over layout white space and stray control characters. */
final class Whitespace {
    private Whitespace() {
    }

    /** Runs of white space (no-break spaces included) become one space; control and format characters go. */
    static String normalize(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = !out.isEmpty();
            } else if (!isInvisible(c)) {
                if (space) out.append(' ');
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    /** Preformatted text keeps its lines and indentation: only line breaks are unified and junk removed. */
    static String preformatted(CharSequence raw) {
        String s = raw.toString().replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\t' || !isInvisible(c)) out.append(c);
        }
        return out.toString().replaceFirst("^(?:[ \\t]*\\n)+", "").stripTrailing();
    }

    /** Control characters, soft hyphens, zero-width characters and byte order marks. */
    private static boolean isInvisible(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT;
    }
}
