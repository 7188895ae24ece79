package dev.gantry.alerts.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** US dollars as exact nano-USD longs (the ledger's unit), and as text for people. */
public final class Money {
    private static final BigDecimal NANOS = BigDecimal.valueOf(1_000_000_000L);

    private Money() {
    }

    public static long toNanos(BigDecimal usd) {
        return usd == null ? 0 : usd.multiply(NANOS).setScale(0, RoundingMode.HALF_UP).longValue();
    }

    public static BigDecimal toUsd(long nanos) {
        return BigDecimal.valueOf(nanos).divide(NANOS);
    }

    /** "$41.20", "$0.000123": cents for large amounts, six decimals for small ones. */
    public static String text(BigDecimal usd) {
        int scale = usd.abs().compareTo(BigDecimal.ONE) >= 0 ? 2 : 6;
        return "$" + usd.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    public static String text(long nanos) {
        return text(toUsd(nanos));
    }
}
