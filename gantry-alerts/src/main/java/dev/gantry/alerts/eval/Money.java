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

    /** "$50", "$41.20", "$0.000123": cents for a dollar and more, up to six decimals below. */
    public static String text(BigDecimal usd) {
        if (usd.abs().compareTo(BigDecimal.ONE) < 0) {
            return "$" + usd.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        String cents = usd.setScale(2, RoundingMode.HALF_UP).toPlainString();
        return "$" + (cents.endsWith(".00") ? cents.substring(0, cents.length() - 3) : cents);
    }

    public static String text(long nanos) {
        return text(toUsd(nanos));
    }
}
