package dev.gantry.alerts;

import java.time.Instant;

/**
 * The state of one rule about one subject (and budget threshold).
 *
 * @param since      when it last changed between ok and firing; null while it has never fired
 * @param clearSince while firing: since when the condition has been clear without a break; null when breached
 */
record SubjectState(String rule, String kind, String subject, int level, boolean firing, Instant since,
                    Instant clearSince, double value, double threshold, String message) {

    SubjectState clearFrom(Instant at) {
        return new SubjectState(rule, kind, subject, level, firing, since, clearSince == null ? at : clearSince, value,
                threshold, message);
    }
}
