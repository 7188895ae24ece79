package dev.gantry.core.knowledge;

import java.util.Locale;

/** A version's review state: every change starts as a draft; only approved versions are served. */
public enum VersionStatus {
    DRAFT, APPROVED, REJECTED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static VersionStatus parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
