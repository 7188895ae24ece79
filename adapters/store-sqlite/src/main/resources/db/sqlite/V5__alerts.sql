-- Alert transitions (firing / resolved), one row each, append-only; at is epoch milliseconds (UTC).
-- level is the budget threshold in percent (0 for other kinds); rule, subject and level identify one alert.
CREATE TABLE alert_history (
    id        INTEGER PRIMARY KEY,
    at        INTEGER NOT NULL,
    rule      TEXT    NOT NULL,
    kind      TEXT    NOT NULL,
    subject   TEXT    NOT NULL,
    level     INTEGER NOT NULL DEFAULT 0,
    state     TEXT    NOT NULL CHECK (state IN ('firing', 'resolved')),
    message   TEXT    NOT NULL,
    value     REAL    NOT NULL,
    threshold REAL    NOT NULL
);

-- The newest row of each alert, read at start-up to restore states.
CREATE INDEX alert_history_alert ON alert_history (rule, subject, level, id);

CREATE TRIGGER alert_history_no_update BEFORE UPDATE ON alert_history
BEGIN SELECT RAISE(ABORT, 'alert_history is append-only'); END;
CREATE TRIGGER alert_history_no_delete BEFORE DELETE ON alert_history
BEGIN SELECT RAISE(ABORT, 'alert_history is append-only'); END;
