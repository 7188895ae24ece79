package dev.gantry.alerts.eval;

/** What one check found. UNKNOWN (not enough data yet) leaves the alert's state as it is. */
public enum Verdict {
    BREACHED, CLEAR, UNKNOWN
}
