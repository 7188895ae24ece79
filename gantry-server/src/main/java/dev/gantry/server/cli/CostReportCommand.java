package dev.gantry.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.usage.UsageGroupBy;
import dev.gantry.core.usage.UsageQuery;
import dev.gantry.core.usage.UsageSummary;
import dev.gantry.server.cost.CostReport;
import dev.gantry.server.http.CostReportJson;
import dev.gantry.store.sqlite.SqliteUsageStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `gantry cost report`: spend, tokens, cache, routing and batch savings by key, model, tag or day, and the month's projection. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Spend, tokens, cache savings and the projected month, grouped by key, model, tag or day.")
final class CostReportCommand implements Callable<Integer> {
    @Mixin
    DataDirOptions data = new DataDirOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--since", description = "from this date or instant (default: the start of this month, UTC)")
    String since;

    @Option(names = "--until", description = "until this date or instant (exclusive; default: now)")
    String until;

    @Option(names = "--group-by", defaultValue = "model", description = "key, model, tag or day (default model)")
    String groupBy;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() throws Exception {
        UsageGroupBy by = groupBy(groupBy);
        Instant now = Instant.now();
        Instant from = since == null ? CostReport.monthStart(now) : UsageCommand.instant(since);
        try (SqliteUsageStore store = SqliteUsageStore.open(data.resolve())) {
            CostReport report = CostReport.read(store, from, UsageCommand.instant(until), by, now);
            if (json) printJson(report, from);
            else printTable(report, by, from);
        }
        out().flush();
        return 0;
    }

    static UsageGroupBy groupBy(String v) {
        UsageGroupBy by = CostReport.GROUPINGS.get(v);
        if (by == null) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(new CostReportCommand()),
                "--group-by '" + v + "' is not one of key, model, tag, day");
        return by;
    }

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private void printTable(CostReport r, UsageGroupBy by, Instant from) {
        java.io.PrintWriter o = out();
        o.printf("Cost since %s (UTC), by %s%n", from, groupBy);
        String format = "%-28s %9s %12s %12s %14s %10s %14s%n";
        o.printf(format, by == UsageGroupBy.FEATURE ? "tag" : groupBy, "requests", "in_tokens", "out_tokens",
                "spend_usd", "cache_hits", "cache_saved_usd");
        for (UsageSummary s : r.groups()) row(o, format, s.group() == null ? "-" : s.group(), s);
        row(o, format, "total", r.total());
        o.printf("%nRouting savings: %s%n", routingSavings(r.total()));
        o.printf("Batch savings: %s%n", batchSavings(r.total()));
        o.printf("This month so far: $%s; projected for the whole month: $%s%n", usd(r.monthToDate()),
                usd(r.projectedMonth()));
    }

    /** n/a, not zero, when no request went to an alias with smart model selection. */
    static String routingSavings(UsageSummary total) {
        if (total.selectedRequests() == 0) return "n/a (no request to a model with select: in this range)";
        return "$" + usd(total.routingSavedUsd()) + " (" + total.cheapRequests() + " of " + total.selectedRequests()
                + " selected requests sent to the cheap model; priced at the strong model's rates)";
    }

    /** n/a, not zero, when no provider batch item is in the range. */
    static String batchSavings(UsageSummary total) {
        if (total.batchRequests() == 0) return "n/a (no batch request in this range)";
        return "$" + usd(total.batchSavedUsd()) + " (" + total.batchRequests()
                + " requests sent through provider batch APIs; saved against their normal prices)";
    }

    private static void row(java.io.PrintWriter o, String format, String group, UsageSummary s) {
        o.printf(format, group, s.requests(), s.inputTokens(), s.outputTokens(), usd(s.costUsd()), s.cacheHits(),
                usd(s.savedUsd()));
    }

    private void printJson(CostReport r, Instant from) throws Exception {
        out().println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(CostReportJson.of(r, groupBy, from, UsageCommand.instant(until))));
    }

    private static String usd(BigDecimal v) {
        return CostReportJson.usd(v);
    }
}
