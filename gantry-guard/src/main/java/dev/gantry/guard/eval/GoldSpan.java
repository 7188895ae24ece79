package dev.gantry.guard.eval;

/** One annotated entity: its type and its UTF-16 span in the text, end exclusive. */
public record GoldSpan(String type, int start, int end) {}
