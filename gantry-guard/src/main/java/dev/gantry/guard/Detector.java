package dev.gantry.guard;

import java.util.List;

/** Finds one family of things (PII, injection, harmful content...) in a text. Implementations are thread-safe. */
public interface Detector {
    /** Stable name used in config and in decisions, e.g. {@code pii}, {@code injection}. */
    String name();

    /** Findings in {@code text}, in order of start offset; empty when nothing matched. Never throws on odd input. */
    List<Finding> scan(String text);
}
