package dev.gantry.core.keys;

import dev.gantry.core.limits.BudgetPeriod;
import java.math.BigDecimal;

/** A hard spend limit: {@code usd} per {@code period}. */
public record KeyBudget(BigDecimal usd, BudgetPeriod period) {
}
