package dev.gantry.rag.chunk;

/** [start, end) of the document text. */
record Span(int start, int end) {
    /** The span without leading and trailing white space; empty (start == end) when it is blank. */
    static Span trimmed(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        return new Span(s, e);
    }

    boolean isEmpty() {
        return start >= end;
    }
}
