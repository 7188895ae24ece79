package dev.gantry.alerts;

import dev.gantry.core.alert.AlertEvent;
import dev.gantry.core.alert.AlertState;
import java.lang.System.Logger.Level;

/** Every transition as one structured log line (key=value, the message quoted); never a webhook's address. */
final class AlertLog {
    private static final System.Logger LOG = System.getLogger("dev.gantry.alerts");

    private AlertLog() {
    }

    static void transition(AlertEvent e) {
        LOG.log(e.state() == AlertState.FIRING ? Level.WARNING : Level.INFO, line(e));
    }

    static String line(AlertEvent e) {
        return "alert state=" + e.state().code() + " rule=" + e.rule() + " kind=" + e.kind() + " subject=" + e.subject()
                + (e.level() > 0 ? " level=" + e.level() : "") + " value=" + e.value() + " threshold=" + e.threshold()
                + " message=\"" + e.message().replace("\"", "'") + "\"";
    }

    static void warn(String message) {
        LOG.log(Level.WARNING, message);
    }

    static void error(String message, Throwable t) {
        LOG.log(Level.ERROR, message, t);
    }
}
