package dev.gantry.gateway;

import dev.gantry.core.cache.ResponseCache;
import dev.gantry.core.guard.Guardrail;
import dev.gantry.core.keys.KeyStore;
import dev.gantry.core.keys.VirtualKey;
import dev.gantry.core.limits.BudgetLedger;
import dev.gantry.core.limits.RateLimiter;
import dev.gantry.gateway.admission.Admission;
import dev.gantry.gateway.admission.TokenEstimator;
import dev.gantry.gateway.cost.PriceCatalogue;
import dev.gantry.gateway.route.RouteTable;
import io.opentelemetry.api.OpenTelemetry;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Everything the gateway use cases share, built once by the server's wiring. Construct with
 * {@link #of}, then hand to {@link ChatGateway} and {@link EmbeddingGateway}.
 */
public record GatewayParts(Pipeline pipeline, Map<String, ProviderHandle> providers, TokenEstimator tokens,
                           Watchdog watchdog) {

    public static GatewayParts of(RouteTable routes, Map<String, ProviderHandle> providers, PriceCatalogue prices,
                                  List<VirtualKey> configuredKeys, KeyStore keyStore, RateLimiter limiter,
                                  BudgetLedger budgets, OutcomeListener listener) {
        return of(routes, providers, prices, configuredKeys, keyStore, limiter, budgets, listener, Guardrail.NONE);
    }

    /** As {@link #of}, with the guardrail that checks every chat request and answer. */
    public static GatewayParts of(RouteTable routes, Map<String, ProviderHandle> providers, PriceCatalogue prices,
                                  List<VirtualKey> configuredKeys, KeyStore keyStore, RateLimiter limiter,
                                  BudgetLedger budgets, OutcomeListener listener, Guardrail guard) {
        return of(routes, providers, prices, configuredKeys, keyStore, limiter, budgets, listener, guard,
                OpenTelemetry.noop());
    }

    /** As above, with the OpenTelemetry that receives the gateway's spans (no-op when traces are off). */
    public static GatewayParts of(RouteTable routes, Map<String, ProviderHandle> providers, PriceCatalogue prices,
                                  List<VirtualKey> configuredKeys, KeyStore keyStore, RateLimiter limiter,
                                  BudgetLedger budgets, OutcomeListener listener, Guardrail guard, OpenTelemetry otel) {
        return of(routes, providers, prices, configuredKeys, keyStore, limiter, budgets, listener, guard, otel,
                ResponseCache.NONE);
    }

    /** As above, with the exact response cache used by aliases that enable it. */
    public static GatewayParts of(RouteTable routes, Map<String, ProviderHandle> providers, PriceCatalogue prices,
                                  List<VirtualKey> configuredKeys, KeyStore keyStore, RateLimiter limiter,
                                  BudgetLedger budgets, OutcomeListener listener, Guardrail guard, OpenTelemetry otel,
                                  ResponseCache cache) {
        return of(routes, providers, prices, configuredKeys, keyStore, limiter, budgets, listener, guard, otel, cache,
                SemanticCaching.NONE);
    }

    /** As above, with the semantic cache used by aliases that turn it on after an exact miss. */
    public static GatewayParts of(RouteTable routes, Map<String, ProviderHandle> providers, PriceCatalogue prices,
                                  List<VirtualKey> configuredKeys, KeyStore keyStore, RateLimiter limiter,
                                  BudgetLedger budgets, OutcomeListener listener, Guardrail guard, OpenTelemetry otel,
                                  ResponseCache cache, SemanticCaching semantic) {
        Authenticator auth = new Authenticator(configuredKeys, keyStore);
        Admission admission = new Admission(limiter, budgets, Clock.systemUTC());
        CostCalculator costs = new CostCalculator(prices, providers);
        Pipeline p = new Pipeline(auth, routes, admission, costs, listener, guard, new GatewayTracing(otel, types(providers)), cache,
                semantic);
        return new GatewayParts(p, Map.copyOf(providers), new TokenEstimator(), new Watchdog());
    }

    private static Map<String, String> types(Map<String, ProviderHandle> providers) {
        Map<String, String> out = new java.util.HashMap<>();
        providers.forEach((name, h) -> out.put(name, h.type() == null ? name : h.type()));
        return out;
    }

    public RouteTable routes() {
        return pipeline.routes;
    }

    public CostCalculator costs() {
        return pipeline.costs;
    }

    public Authenticator authenticator() {
        return pipeline.auth;
    }
}
