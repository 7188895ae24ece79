package dev.gantry.server.http;

import static dev.gantry.server.http.DashboardJson.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.core.keys.KeyBudget;
import dev.gantry.core.keys.VirtualKey;
import dev.gantry.core.usage.UsageGroupBy;
import dev.gantry.core.usage.UsageQuery;
import dev.gantry.core.usage.UsageStore;
import dev.gantry.core.usage.UsageSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every key (from the config and from the key store) with its limits, today's traffic and its spend this budget
 * period against the budget, as the ledger has it. Shows a short prefix of the key's hash, never more.
 */
final class DashboardKeys {
    static final int HASH_PREFIX = 8;
    private final UsageStore store;
    private final Supplier<List<DashboardKey>> keys;

    /** A key and where it is defined: "config" or "store". */
    record DashboardKey(VirtualKey key, String source) {
    }

    DashboardKeys(UsageStore store, Supplier<List<DashboardKey>> keys) {
        this.store = store;
        this.keys = keys;
    }

    ObjectNode read(Instant now) {
        Map<String, UsageSummary> today = new HashMap<>();
        Instant dayStart = now.atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        UsageQuery sinceDayStart = new UsageQuery(dayStart, null, null, null, null, null, null, 0);
        for (UsageSummary s : store.summarize(sinceDayStart, UsageGroupBy.KEY)) {
            if (s.group() != null) today.put(s.group(), s);
        }
        ArrayNode list = JSON.createArrayNode();
        for (DashboardKey k : keys.get()) list.add(key(k, today.get(k.key().name()), now));
        return JSON.createObjectNode().put("day", dayStart.toString().substring(0, 10)).set("keys", list);
    }

    private ObjectNode key(DashboardKey dk, UsageSummary today, Instant now) {
        VirtualKey k = dk.key();
        ObjectNode o = JSON.createObjectNode().put("name", k.name()).put("source", dk.source())
                .put("hash_prefix", k.keyHash().substring(0, Math.min(HASH_PREFIX, k.keyHash().length())))
                .put("enabled", k.enabled()).put("rpm", k.rpm()).put("tpm", k.tpm());
        ArrayNode models = o.putArray("models");
        k.models().forEach(models::add);
        o.putObject("today").put("requests", today == null ? 0 : today.requests())
                .put("failures", today == null ? 0 : today.failures())
                .put("cost_usd", today == null ? 0 : DashboardJson.usd(today.costUsd()));
        if (k.budget() == null) o.putNull("budget");
        else o.set("budget", budget(k.name(), k.budget(), now));
        return o;
    }

    private ObjectNode budget(String name, KeyBudget b, Instant now) {
        Instant start = b.period().start(now);
        BigDecimal spent = store.costSince(name, start);
        double used = b.usd().signum() == 0 ? 1 : spent.divide(b.usd(), 6, RoundingMode.HALF_UP).doubleValue();
        return JSON.createObjectNode().put("limit_usd", b.usd().toPlainString())
                .put("period", b.period().name().toLowerCase(Locale.ROOT)).put("period_start", start.toString())
                .put("spent_usd", spent.stripTrailingZeros().toPlainString()).put("used", DashboardJson.round(used, 6));
    }
}
