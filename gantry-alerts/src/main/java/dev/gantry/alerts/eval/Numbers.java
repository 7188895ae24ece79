package dev.gantry.alerts.eval;

import java.math.BigDecimal;

/** Numbers as the config wrote them: 5, not 5.0; 2.5 stays 2.5. */
final class Numbers {
    private Numbers() {
    }

    static String text(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
