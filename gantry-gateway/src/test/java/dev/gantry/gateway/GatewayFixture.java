package dev.gantry.gateway;

import dev.gantry.core.guard.Guardrail;
import dev.gantry.core.keys.VirtualKey;
import dev.gantry.gateway.cost.Price;
import dev.gantry.gateway.cost.PriceCatalogue;
import dev.gantry.gateway.route.ModelRoute;
import dev.gantry.gateway.route.RouteTable;
import dev.gantry.local.Bucket4jRateLimiter;
import dev.gantry.local.InMemoryBudgetLedger;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a gateway over scripted providers, with the real in-process limiter and budget ledger. */
final class GatewayFixture {
    final Map<String, ScriptedChatModel> models = new LinkedHashMap<>();
    final List<RequestOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    final InMemoryBudgetLedger budgets = new InMemoryBudgetLedger();
    ChatGateway chat;

    GatewayFixture(List<String> providers) {
        for (String p : providers) models.put(p, new ScriptedChatModel(p));
    }

    ChatGateway build(List<ModelRoute> routes, List<VirtualKey> keys) {
        return build(routes, keys, Guardrail.NONE);
    }

    ChatGateway build(List<ModelRoute> routes, List<VirtualKey> keys, Guardrail guard) {
        return build(routes, keys, guard, io.opentelemetry.api.OpenTelemetry.noop());
    }

    ChatGateway build(List<ModelRoute> routes, List<VirtualKey> keys, Guardrail guard,
                      io.opentelemetry.api.OpenTelemetry otel) {
        return build(routes, keys, guard, otel, dev.gantry.core.cache.ResponseCache.NONE);
    }

    ChatGateway build(List<ModelRoute> routes, List<VirtualKey> keys, Guardrail guard,
                      io.opentelemetry.api.OpenTelemetry otel, dev.gantry.core.cache.ResponseCache cache) {
        return build(routes, keys, guard, otel, cache, SemanticCaching.NONE);
    }

    ChatGateway build(List<ModelRoute> routes, List<VirtualKey> keys, Guardrail guard,
                      io.opentelemetry.api.OpenTelemetry otel, dev.gantry.core.cache.ResponseCache cache,
                      SemanticCaching semantic) {
        Map<String, ProviderHandle> handles = new LinkedHashMap<>();
        models.forEach((n, m) -> handles.put(n, new ProviderHandle(n, "openai", m, null)));
        // $1 per 1M input tokens, $2 per 1M output tokens for every scripted model
        Map<String, Price> prices = new LinkedHashMap<>();
        for (String p : models.keySet()) {
            for (String m : List.of("m1", "m2", "m3", "big")) {
                prices.put(p + ":" + m, new Price(BigDecimal.ONE, null, null, BigDecimal.TWO, null, 1000));
            }
        }
        RouteTable table = new RouteTable(routes, handles.keySet(), true);
        GatewayParts parts = GatewayParts.of(table, handles, PriceCatalogue.shipped().withOverrides(prices), keys, null,
                new Bucket4jRateLimiter(), budgets, outcomes::add, guard, otel, cache, semantic);
        chat = new ChatGateway(parts);
        return chat;
    }

    ScriptedChatModel model(String name) {
        return models.get(name);
    }

    static RequestContext ctx(String credential) {
        return RequestContext.of("req-" + System.nanoTime(), credential, null, "chat");
    }
}
