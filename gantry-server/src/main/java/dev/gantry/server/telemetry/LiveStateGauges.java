package dev.gantry.server.telemetry;

import dev.gantry.core.keys.KeyStore;
import dev.gantry.core.keys.VirtualKey;
import dev.gantry.core.limits.BudgetLedger;
import dev.gantry.gateway.route.RouteTable;
import dev.gantry.gateway.route.TargetHealth;
import dev.gantry.observe.StateGauges;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Feeds {@link StateGauges} from the route table's circuit breakers and the keys' budgets, refreshed every few
 * seconds on a daemon thread (never on a request): keys created at run time and targets reached by direct
 * addressing appear at the next refresh.
 */
public final class LiveStateGauges implements AutoCloseable {
    static final long REFRESH_SECONDS = 5;
    private static final BigDecimal NANOS_PER_USD = BigDecimal.valueOf(1_000_000_000L);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gantry-state-gauges");
        t.setDaemon(true);
        return t;
    });

    public LiveStateGauges(MeterRegistry registry, RouteTable routes, List<VirtualKey> configuredKeys, KeyStore keyStore,
                           BudgetLedger budgets, Clock clock) {
        StateGauges gauges = new StateGauges(registry, () -> circuits(routes),
                () -> remaining(configuredKeys, keyStore, budgets, clock.instant()));
        gauges.refresh();
        timer.scheduleWithFixedDelay(() -> refreshQuietly(gauges), REFRESH_SECONDS, REFRESH_SECONDS, TimeUnit.SECONDS);
    }

    private static void refreshQuietly(StateGauges gauges) {
        try {
            gauges.refresh();
        } catch (RuntimeException e) {
            System.getLogger("dev.gantry.metrics").log(System.Logger.Level.WARNING, "refreshing state gauges failed", e);
        }
    }

    private static Map<String, String> circuits(RouteTable routes) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, TargetHealth> e : routes.allHealth().entrySet()) out.put(e.getKey(), e.getValue().state());
        return out;
    }

    /** Same scope and period as admission uses when it reserves ("key:NAME", the budget period's start). */
    static Map<String, BigDecimal> remaining(List<VirtualKey> configured, KeyStore store, BudgetLedger budgets,
                                             Instant now) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        List<VirtualKey> all = new java.util.ArrayList<>(configured);
        all.addAll(store.list());
        for (VirtualKey k : all) {
            if (k.budget() == null || !k.enabled()) continue;
            long spent = budgets.committed("key:" + k.name(), k.budget().period().start(now));
            out.put(k.name(), k.budget().usd().subtract(BigDecimal.valueOf(spent).divide(NANOS_PER_USD)));
        }
        return out;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
