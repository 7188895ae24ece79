package dev.gantry.guard.text;

/** A range of UTF-16 offsets in a text, end exclusive. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public Span shift(int delta) {
        return new Span(start + delta, end + delta);
    }
}
