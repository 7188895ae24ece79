package dev.gantry.gateway.cache;

/** Turns a latest user turn into a unit-length vector for the semantic cache; in process, so cheap to call. */
public interface QueryEmbedder {
    /** The model's id: part of every scope, so vectors of different models are never compared. */
    String model();

    float[] embed(String text);
}
