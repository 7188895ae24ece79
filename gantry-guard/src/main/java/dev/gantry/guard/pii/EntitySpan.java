package dev.gantry.guard.pii;

/** A span the entity tagger found: tokens {@code [start, end)} of a sentence, its type, its probability. */
record EntitySpan(int start, int end, String type, double probability) {}
