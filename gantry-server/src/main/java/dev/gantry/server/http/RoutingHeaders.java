package dev.gantry.server.http;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;
import java.math.BigDecimal;

/** The x-gantry-* headers that expose routing and cost decisions to the client. */
final class RoutingHeaders {
    static final HeaderName COST = HeaderNames.create("x-gantry-cost-usd");
    static final HeaderName PROVIDER = HeaderNames.create("x-gantry-provider");
    static final HeaderName MODEL = HeaderNames.create("x-gantry-model");
    static final HeaderName ATTEMPTS = HeaderNames.create("x-gantry-attempts");
    static final HeaderName ROUTE = HeaderNames.create("x-gantry-route");
    static final HeaderName CACHE = HeaderNames.create("x-gantry-cache");
    static final HeaderName SIMILARITY = HeaderNames.create("x-gantry-cache-similarity");
    static final HeaderName SELECTED = HeaderNames.create("x-gantry-selected");

    private RoutingHeaders() {
    }

    /**
     * The same, plus x-gantry-cache (hit, semantic-hit or miss) for aliases with a response cache, and a semantic
     * hit's x-gantry-cache-similarity.
     */
    /** Plus the response cache's part (hit, semantic-hit, miss), a semantic hit's similarity, the selection verdict. */
    static void write(ServerResponse res, String provider, String model, int attempts, String route, BigDecimal cost,
                      String cache, Double similarity, String selected) {
        write(res, provider, model, attempts, route, cost);
        if (cache != null) res.header(CACHE, cache.replace('_', '-'));
        if (similarity != null) res.header(SIMILARITY, String.format(java.util.Locale.ROOT, "%.4f", similarity));
        if (selected != null) res.header(SELECTED, selected);
    }

    static void write(ServerResponse res, String provider, String model, int attempts, String route, BigDecimal cost) {
        res.header(PROVIDER, provider);
        res.header(MODEL, model);
        res.header(ATTEMPTS, String.valueOf(attempts));
        if (route != null) res.header(ROUTE, route);
        if (cost != null) res.header(COST, cost.toPlainString());
    }
}
