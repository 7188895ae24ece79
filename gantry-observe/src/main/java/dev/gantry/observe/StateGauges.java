package dev.gantry.observe;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Gauges of live state, read fresh at each scrape: each upstream target's circuit (0 closed, 1 half-open, 2 open,
 * 3 other) and each budgeted key's remaining budget in USD for the current period. Targets and keys come and go
 * (direct addressing, keys created at run time), so rows are replaced on every {@link #refresh()}.
 */
public final class StateGauges {
    private final MultiGauge circuits;
    private final MultiGauge budgets;
    private final Supplier<Map<String, String>> circuitStates;
    private final Supplier<Map<String, BigDecimal>> budgetRemaining;

    /**
     * @param circuitStates   target id ("provider/model") to circuit state name (closed, half_open, open, ...)
     * @param budgetRemaining key name to USD left this period (negative when overspent by in-flight requests)
     */
    public StateGauges(MeterRegistry registry, Supplier<Map<String, String>> circuitStates,
                       Supplier<Map<String, BigDecimal>> budgetRemaining) {
        this.circuits = MultiGauge.builder("gantry_circuit_state")
                .description("circuit breaker per upstream target: 0 closed, 1 half-open, 2 open, 3 other").register(registry);
        this.budgets = MultiGauge.builder("gantry_key_budget_remaining_usd")
                .description("budget left this period per key").register(registry);
        this.circuitStates = circuitStates;
        this.budgetRemaining = budgetRemaining;
    }

    /** Call before each scrape. */
    public void refresh() {
        circuits.register(circuitStates.get().entrySet().stream()
                .map(e -> MultiGauge.Row.of(Tags.of("target", e.getKey()), code(e.getValue()))).toList(), true);
        List<MultiGauge.Row<?>> rows = budgetRemaining.get().entrySet().stream()
                .<MultiGauge.Row<?>>map(e -> MultiGauge.Row.of(Tags.of("key", e.getKey()), e.getValue().doubleValue()))
                .toList();
        budgets.register(rows, true);
    }

    static int code(String state) {
        return switch (state) {
            case "closed" -> 0;
            case "half_open" -> 1;
            case "open", "forced_open" -> 2;
            default -> 3;
        };
    }
}
