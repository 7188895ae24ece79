package dev.gantry.server.telemetry;

import dev.gantry.guard.Finding;
import dev.gantry.guard.pii.PiiDetector;
import java.util.List;
import java.util.function.UnaryOperator;

/** Replaces each personal value the guard's PII detector finds with [TYPE], for captured prompts and answers. */
public final class PiiRedactor implements UnaryOperator<String> {
    private final PiiDetector detector = new PiiDetector();

    @Override
    public String apply(String text) {
        List<Finding> findings = detector.scan(text); // sorted by start, non-overlapping
        if (findings.isEmpty()) return text;
        StringBuilder sb = new StringBuilder(text.length());
        int at = 0;
        for (Finding f : findings) {
            sb.append(text, at, f.start()).append('[').append(f.type()).append(']');
            at = f.end();
        }
        return sb.append(text, at, text.length()).toString();
    }
}
