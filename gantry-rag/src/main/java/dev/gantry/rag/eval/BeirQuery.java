package dev.gantry.rag.eval;

/** One line of a BEIR queries.jsonl. */
public record BeirQuery(String id, String text) {
}
