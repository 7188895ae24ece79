package dev.gantry.alerts.eval;

import java.math.BigDecimal;
import java.time.Instant;

/** What a key has spent (and has reserved for requests in flight) since the start of its budget period. */
@FunctionalInterface
public interface KeySpend {
    BigDecimal committed(String key, Instant periodStart);
}
