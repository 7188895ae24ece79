package dev.gantry.rag.chunk;

/**
 * The unit of packing: a whole block when it fits in a chunk, otherwise a sentence, a line or a token window of
 * it. A chunk holds whole pieces only.
 *
 * @param sentences made of whole sentences (a prose block or one of its sentences): may be repeated as overlap
 */
record Piece(int start, int end, int tokens, boolean sentences) {
}
