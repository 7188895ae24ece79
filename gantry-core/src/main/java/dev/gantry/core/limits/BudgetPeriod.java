package dev.gantry.core.limits;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/** Calendar periods for budgets, in UTC. TOTAL never resets. */
public enum BudgetPeriod {
    DAY, WEEK, MONTH, TOTAL;

    /** Start of the period that contains {@code now}. */
    public Instant start(Instant now) {
        LocalDate d = now.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate s = switch (this) {
            case DAY -> d;
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            case MONTH -> d.withDayOfMonth(1);
            case TOTAL -> LocalDate.of(1970, 1, 1);
        };
        return s.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public static BudgetPeriod parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("budget period '" + value + "' is not one of day, week, month, total");
        }
    }
}
