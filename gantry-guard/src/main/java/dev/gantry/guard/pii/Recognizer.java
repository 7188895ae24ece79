package dev.gantry.guard.pii;

import dev.gantry.guard.Finding;
import java.util.List;

/** Finds one entity type. Implementations are stateless (hence thread-safe) and never throw on odd input. */
interface Recognizer {
    String type();

    List<Finding> find(String text);
}
