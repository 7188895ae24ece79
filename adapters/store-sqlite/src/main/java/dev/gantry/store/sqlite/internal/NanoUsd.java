package dev.gantry.store.sqlite.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** USD amounts as exact integer nano-USD (1e-9 USD): sums in SQL stay exact, unlike REAL columns. */
public final class NanoUsd {
    public static final int SCALE = 9;

    private NanoUsd() {
    }

    /** Rounds HALF_UP to the nano-dollar; null (cost unknown) is zero. */
    public static long fromUsd(BigDecimal usd) {
        if (usd == null) return 0;
        try {
            return usd.setScale(SCALE, RoundingMode.HALF_UP).unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("cost " + usd.toPlainString()
                    + " USD does not fit in nano-USD storage (limit about 9.2e9 USD); check the price catalogue", e);
        }
    }

    /** A saving: plain zero for none (what records default to, so they compare equal), else as {@link #toUsd}. */
    public static BigDecimal savedUsd(long nanos) {
        return nanos == 0 ? BigDecimal.ZERO : toUsd(nanos);
    }

    /** Always scale 9, e.g. 150 -> 0.000000150. */
    public static BigDecimal toUsd(long nanos) {
        return BigDecimal.valueOf(nanos, SCALE);
    }
}
