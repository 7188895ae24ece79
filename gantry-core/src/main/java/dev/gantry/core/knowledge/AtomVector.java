package dev.gantry.core.knowledge;

/** An atom's latest embedding, compared against new atoms of the same type to merge by meaning. */
public record AtomVector(long atomId, AtomType type, float[] vector) {
}
