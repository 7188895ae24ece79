package dev.gantry.server.cli;

import dev.gantry.core.audit.AuditHead;
import dev.gantry.core.audit.AuditRecord;
import dev.gantry.core.audit.AuditVerification;
import dev.gantry.store.sqlite.SqliteAuditLog;
import dev.gantry.store.sqlite.SqliteDatabase;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `gantry audit verify|list`: the hash-chained audit log in the data directory. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Check and read the tamper-evident audit log.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.ListRecords.class})
final class AuditCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check every record's hash and link; exit 0 when intact, 1 when tampered with.")
    static final class Verify implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DataDirOptions data = new DataDirOptions();
        @Option(names = "--expect-head", paramLabel = "HASH",
                description = "a head hash noted earlier (from this command's output): fails if it is no longer in the chain, "
                        + "i.e. if records were cut off the end")
        String expectHead;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            AuditVerification v;
            try (SqliteDatabase db = SqliteDatabase.open(data.resolve())) {
                v = new SqliteAuditLog(db).verify(expectHead);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("gantry: " + e.getMessage());
                return 2;
            }
            if (v.ok()) {
                out.println("ok: " + v.records() + " records, head " + v.head());
                return 0;
            }
            out.println("TAMPERED at record " + v.tamper().seq() + ": " + v.tamper().explanation());
            if (v.head().seq() > 0) out.println("(records 1.." + v.head().seq() + " check out; last good head " + v.head() + ")");
            return 1;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Show audit records, oldest first: the last N, or N after --after SEQ.")
    static final class ListRecords implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DataDirOptions data = new DataDirOptions();
        @Option(names = "--limit", defaultValue = "50", description = "records to show (default 50)") int limit;
        @Option(names = "--after", paramLabel = "SEQ", description = "start after this sequence number (default: show the last N)")
        Long after;

        @Override
        public Integer call() {
            if (limit < 1) {
                spec.commandLine().getErr().println("gantry: --limit " + limit + " is below 1; show at least one record");
                return 2;
            }
            PrintWriter out = spec.commandLine().getOut();
            try (SqliteDatabase db = SqliteDatabase.open(data.resolve())) {
                SqliteAuditLog log = new SqliteAuditLog(db);
                long start = after != null ? after : Math.max(0, log.head().seq() - limit);
                out.printf("%6s %-24s %-15s %-16s %-24s %-12s %s%n", "seq", "at", "type", "actor", "subject", "hash", "details");
                for (AuditRecord r : log.read(start, limit)) out.println(line(r));
                AuditHead head = log.head();
                out.println("head " + head);
            }
            return 0;
        }

        private static String line(AuditRecord r) {
            var e = r.event();
            return String.format("%6d %-24s %-15s %-16s %-24s %-12s %s", r.seq(), e.at(), e.type(), e.actor(),
                    e.subject().isEmpty() ? "-" : e.subject(), r.hash().substring(0, 12), e.details());
        }
    }
}
