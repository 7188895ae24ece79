package dev.gantry.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.usage.UsageQuery;
import dev.gantry.server.cost.CostReport;
import dev.gantry.core.usage.UsageSearch;
import dev.gantry.provider.openai.OpenAiCodec;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.function.Function;

/**
 * The dashboard's data APIs under /gantry/dashboard: overview, breakdowns, requests (the explorer), requests/{id},
 * keys. Read-only, behind the admin key like the usage API; errors in the OpenAI shape.
 */
final class DashboardHandler {
    static final int MAX_PAGE = 500;
    private static final Set<String> FILTERS = Set.of("key", "model", "provider", "feature");
    private static final Set<String> CHART_PARAMS = union(FILTERS, Set.of("range"));
    private static final Set<String> EXPLORER_PARAMS = union(FILTERS,
            Set.of("range", "from", "to", "status", "error", "stream", "q", "limit", "offset"));
    private final AdminGuard guard;
    private final DashboardOverview overview;
    private final DashboardBreakdowns breakdowns;
    private final DashboardExplorer explorer;
    private final DashboardKeys keys;
    private final DashboardCost cost;
    private final Clock clock;

    DashboardHandler(AdminGuard guard, DashboardOverview overview, DashboardBreakdowns breakdowns,
                     DashboardExplorer explorer, DashboardKeys keys, DashboardCost cost, Clock clock) {
        this.guard = guard;
        this.overview = overview;
        this.breakdowns = breakdowns;
        this.explorer = explorer;
        this.keys = keys;
        this.cost = cost;
        this.clock = clock;
    }

    void register(HttpRouting.Builder routing) {
        routing.get("/gantry/dashboard/overview", (req, res) -> run(req, res, this::overview))
                .get("/gantry/dashboard/breakdowns", (req, res) -> run(req, res, this::breakdowns))
                .get("/gantry/dashboard/requests", (req, res) -> run(req, res, this::requests))
                .get("/gantry/dashboard/requests/{id}", (req, res) -> run(req, res, this::request))
                .get("/gantry/dashboard/keys", (req, res) -> run(req, res, this::keys))
                .get("/gantry/dashboard/cost", (req, res) -> run(req, res, this::cost));
    }

    private ObjectNode overview(ServerRequest req) {
        DashboardParams p = new DashboardParams(req.query(), CHART_PARAMS);
        Instant now = clock.instant();
        return overview.read(DashboardRange.parse(p.text("range"), now), filter(p, null, null, null, 0), now);
    }

    private ObjectNode breakdowns(ServerRequest req) {
        DashboardParams p = new DashboardParams(req.query(), CHART_PARAMS);
        return breakdowns.read(DashboardRange.parse(p.text("range"), clock.instant()), filter(p, null, null, null, 0));
    }

    /** A range, or from/to, or neither (the whole ledger); newest first. */
    private ObjectNode requests(ServerRequest req) {
        DashboardParams p = new DashboardParams(req.query(), EXPLORER_PARAMS);
        Instant from = p.text("from") == null ? null : UsageHandler.parseInstant("from", p.text("from"));
        Instant to = p.text("to") == null ? null : UsageHandler.parseInstant("to", p.text("to"));
        if (p.text("range") != null) {
            DashboardRange r = DashboardRange.parse(p.text("range"), clock.instant());
            from = from == null ? r.from() : from;
            to = to == null ? r.to() : to;
        }
        String status = p.choice("status", Set.of("ok", "failed"));
        Boolean failed = status == null ? null : status.equals("failed");
        UsageQuery q = filter(p, from, to, failed, p.number("limit", 50, 1, MAX_PAGE));
        return explorer.page(new UsageSearch(q, p.text("error"), p.bool("stream"), p.text("q"),
                p.number("offset", 0, 0, 1_000_000)));
    }

    private ObjectNode request(ServerRequest req) {
        new DashboardParams(req.query(), Set.of());
        return explorer.detail(req.path().pathParameters().get("id"));
    }

    private ObjectNode keys(ServerRequest req) {
        new DashboardParams(req.query(), Set.of());
        return keys.read(clock.instant());
    }

    /** since/until: a date or an instant (default: this month so far); group-by as `gantry cost report`. */
    private ObjectNode cost(ServerRequest req) {
        DashboardParams p = new DashboardParams(req.query(), Set.of("since", "until", "group-by"));
        String group = p.choice("group-by", CostReport.GROUPINGS.keySet());
        return cost.read(instant(p, "since"), instant(p, "until"), group == null ? "model" : group, clock.instant());
    }

    private static Instant instant(DashboardParams p, String name) {
        return p.text(name) == null ? null : UsageHandler.parseInstant(name, p.text(name));
    }

    private static UsageQuery filter(DashboardParams p, Instant from, Instant to, Boolean failed, int limit) {
        return new UsageQuery(from, to, p.text("key"), p.text("model"), p.text("provider"), p.text("feature"), failed, limit);
    }

    private void run(ServerRequest req, ServerResponse res, Function<ServerRequest, ObjectNode> body) {
        String id = Exchange.requestId(req);
        res.header(Exchange.REQUEST_ID, id);
        try {
            guard.authorize(Exchange.credential(req));
            Exchange.json(res, 200, PlatformHandlers.bytes(body.apply(req)));
        } catch (RuntimeException e) {
            ErrorWriter.write(res, ErrorWriter.safe(e, id), OpenAiCodec::writeError);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
