package dev.gantry.guard.pii;

import dev.gantry.guard.Finding;
import java.util.List;
import java.util.Set;

/** Finds one or more entity types. Implementations are thread-safe and never throw on odd input. */
interface Recognizer {
    /** The types {@link #find} may report. */
    Set<String> types();

    List<Finding> find(String text);
}
