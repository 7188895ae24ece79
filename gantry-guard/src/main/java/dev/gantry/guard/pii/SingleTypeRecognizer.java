package dev.gantry.guard.pii;

import java.util.Set;

/** A stateless rule-based recognizer of exactly one type. */
interface SingleTypeRecognizer extends Recognizer {
    String type();

    @Override
    default Set<String> types() {
        return Set.of(type());
    }
}
