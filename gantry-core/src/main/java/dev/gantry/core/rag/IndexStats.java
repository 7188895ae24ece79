package dev.gantry.core.rag;

/** Counts and size of one collection's index. */
public record IndexStats(long documents, long chunks, long bytesOnDisk) {
}
