package dev.gantry.guard.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits normalised text into sentence-like segments. Injections are often appended to an innocent question; scoring
 * each segment as well as the whole keeps the innocent part from diluting the attack.
 */
public final class Segments {
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?;:])\\s+|\\s*[|\\n]\\s*");
    /** Caps the work on huge inputs: the text after this many segments stays one last segment. */
    private static final int MAX_SEGMENTS = 2_000;

    private Segments() {
    }

    public static List<String> of(String normalized) {
        List<String> out = new ArrayList<>();
        for (String part : BOUNDARY.split(normalized, MAX_SEGMENTS)) {
            if (!part.isBlank()) out.add(part);
        }
        return out;
    }
}
