package dev.gantry.core.alert;

import java.util.Locale;

/** What an alert notice says happened: a condition began (firing) or ended (resolved). */
public enum AlertState {
    FIRING, RESOLVED;

    /** Lower-case name for JSON, logs, metrics and the history table. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AlertState parse(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
