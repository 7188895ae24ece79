package dev.gantry.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.usage.UsageGroupBy;
import dev.gantry.core.usage.UsageQuery;
import dev.gantry.core.usage.UsageRecord;
import dev.gantry.core.usage.UsageSummary;
import dev.gantry.server.http.UsageJson;
import dev.gantry.store.sqlite.SqliteUsageStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `gantry usage`: reads the ledger, as rows or grouped totals. */
@Command(name = "usage", mixinStandardHelpOptions = true, description = "Show recorded usage and cost.")
final class UsageCommand implements Callable<Integer> {
    @Mixin
    DataDirOptions data = new DataDirOptions();

    @Option(names = "--from", description = "from this date or instant (2026-11-01 or 2026-11-01T10:00:00Z)")
    String from;

    @Option(names = "--to", description = "until this date or instant (exclusive)")
    String to;

    @Option(names = "--key") String key;
    @Option(names = "--model") String model;
    @Option(names = "--provider") String provider;
    @Option(names = "--feature") String feature;

    @Option(names = "--failed", description = "only failed requests")
    boolean failed;

    @Option(names = "--group-by", description = "key, model, provider, day, feature or route: totals instead of rows")
    UsageGroupBy groupBy;

    @Option(names = "--limit", defaultValue = "50", description = "rows to show (default 50)")
    int limit;

    @Option(names = "--json", description = "print JSON lines")
    boolean json;

    @Override
    public Integer call() throws Exception {
        UsageQuery q = new UsageQuery(instant(from), instant(to), key, model, provider, feature, failed ? Boolean.TRUE : null, limit);
        try (SqliteUsageStore store = SqliteUsageStore.open(data.resolve())) {
            if (groupBy != null) printSummaries(store.summarize(q, groupBy));
            else printRecords(store.find(q));
        }
        return 0;
    }

    private void printRecords(List<UsageRecord> rows) throws Exception {
        ObjectMapper m = new ObjectMapper();
        if (!json) System.out.printf("%-24s %-12s %-18s %-10s %8s %8s %12s %7s %6s%n", "time", "key", "model", "provider",
                "in", "out", "cost_usd", "ms", "status");
        for (UsageRecord r : rows) {
            if (json) System.out.println(m.writeValueAsString(UsageJson.record(r)));
            else System.out.printf("%-24s %-12s %-18s %-10s %8d %8d %12s %7d %6d%n", r.timestamp(), dash(r.keyName()),
                    dash(r.alias()), dash(r.provider()), r.inputTokens(), r.outputTokens(), r.costUsd().toPlainString(),
                    r.latencyMs(), r.status());
        }
    }

    private void printSummaries(List<UsageSummary> rows) throws Exception {
        ObjectMapper m = new ObjectMapper();
        if (!json) System.out.printf("%-24s %9s %9s %12s %12s %14s %10s%n", groupBy.name().toLowerCase(), "requests",
                "failures", "in_tokens", "out_tokens", "cost_usd", "avg_ms");
        for (UsageSummary s : rows) {
            if (json) System.out.println(m.writeValueAsString(UsageJson.summary(s)));
            else System.out.printf("%-24s %9d %9d %12d %12d %14s %10.1f%n", dash(s.group()), s.requests(), s.failures(),
                    s.inputTokens(), s.outputTokens(), s.costUsd().toPlainString(), s.avgLatencyMs());
        }
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }

    static Instant instant(String v) {
        if (v == null) return null;
        return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(v);
    }
}
