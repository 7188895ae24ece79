package dev.gantry.core.alert;

import java.util.List;

/** Append-only record of alert transitions, kept across restarts. */
public interface AlertHistory {
    void append(AlertEvent event);

    /** The newest {@code limit} events, newest first. */
    List<AlertEvent> latest(int limit);

    /** The newest event of each rule, subject and level: the states to restore at start-up. */
    List<AlertEvent> lastOfEachSubject();
}
