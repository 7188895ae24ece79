package dev.gantry.server.cli;

import dev.gantry.core.error.GantryException;
import dev.gantry.core.jobs.JobFilter;
import dev.gantry.core.jobs.JobInfo;
import dev.gantry.core.jobs.JobState;
import dev.gantry.server.config.ConfigLoader;
import dev.gantry.server.config.JobsSettings;
import dev.gantry.server.jobs.JobsWiring;
import dev.gantry.store.sqlite.SqliteAuditLog;
import dev.gantry.store.sqlite.SqliteDatabase;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `gantry jobs list|show|retry`: background jobs of the data directory's SQLite queue, or of the NATS queue when
 * --config names jobs.backend: nats. Runs no handler; a retried job is run by the server.
 */
@Command(name = "jobs", mixinStandardHelpOptions = true, description = "Inspect and retry background jobs.",
        subcommands = {JobsCommand.ListJobs.class, JobsCommand.Show.class, JobsCommand.Retry.class})
final class JobsCommand {
    private static final int ERROR_COLUMN = 60;

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List jobs, newest first.")
    static final class ListJobs implements Callable<Integer> {
        @Mixin DataDirOptions data = new DataDirOptions();
        @Option(names = "--queue", description = "only this queue") String queue;
        @Option(names = "--state", description = "queued, running, succeeded or dead") String state;
        @Option(names = "--limit", defaultValue = "50", description = "at most this many (default 50)") int limit;

        @Override
        public Integer call() {
            return withJobs(data, jobs -> {
                JobState wanted = state == null ? null : parseState(state);
                System.out.printf("%-36s %-20s %-9s %-8s %-24s %s%n", "id", "queue", "state", "attempts", "updated",
                        "last error");
                for (JobInfo j : jobs.queue().list(new JobFilter(queue, wanted, limit))) {
                    System.out.printf("%-36s %-20s %-9s %-8s %-24s %s%n", j.id(), j.queue(),
                            j.state().name().toLowerCase(Locale.ROOT), j.attempts() + "/" + j.maxAttempts(),
                            j.updatedAt(), cut(j.lastError()));
                }
                return 0;
            });
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one job with its payload.")
    static final class Show implements Callable<Integer> {
        @Mixin DataDirOptions data = new DataDirOptions();
        @Parameters(paramLabel = "ID") String id;

        @Override
        public Integer call() {
            return withJobs(data, jobs -> {
                Optional<JobInfo> job = jobs.queue().find(id);
                if (job.isEmpty()) return unknown(id);
                JobInfo j = job.get();
                System.out.println("id:          " + j.id());
                System.out.println("queue:       " + j.queue());
                System.out.println("dedupe key:  " + (j.dedupeKey() == null ? "-" : j.dedupeKey()));
                System.out.println("state:       " + j.state().name().toLowerCase(Locale.ROOT));
                System.out.println("attempts:    " + j.attempts() + " of " + j.maxAttempts());
                System.out.println("created:     " + j.createdAt());
                System.out.println("updated:     " + j.updatedAt());
                System.out.println("not before:  " + j.notBefore());
                System.out.println("last error:  " + (j.lastError() == null ? "-" : j.lastError()));
                System.out.println("payload:     " + j.payload());
                return 0;
            });
        }
    }

    @Command(name = "retry", mixinStandardHelpOptions = true,
            description = "Put a dead job back in its queue with fresh attempts (audited); the server runs it.")
    static final class Retry implements Callable<Integer> {
        @Mixin DataDirOptions data = new DataDirOptions();
        @Parameters(paramLabel = "ID") String id;

        @Override
        public Integer call() {
            return withJobs(data, jobs -> {
                Optional<JobInfo> job = jobs.retry(id, CliAudit.actor());
                if (job.isEmpty()) return unknown(id);
                System.out.println("job " + id + " of queue '" + job.get().queue() + "' is queued again");
                return 0;
            });
        }
    }

    private static int withJobs(DataDirOptions data, Function<JobsWiring, Integer> work) {
        JobsSettings settings = data.config == null ? JobsSettings.DEFAULTS
                : ConfigLoader.fromEnvironment().load(data.config).jobs();
        try (SqliteDatabase db = SqliteDatabase.open(data.resolve());
             JobsWiring jobs = JobsWiring.open(settings, db, new SqliteAuditLog(db), null, false)) {
            return work.apply(jobs);
        } catch (GantryException | IllegalArgumentException e) {
            System.err.println("gantry: " + e.getMessage());
            return 1;
        }
    }

    private static JobState parseState(String text) {
        for (JobState s : JobState.values()) {
            if (s.name().equalsIgnoreCase(text)) return s;
        }
        throw new IllegalArgumentException("--state '" + text + "' is not one of queued, running, succeeded, dead");
    }

    private static int unknown(String id) {
        System.err.println("gantry: no job '" + id + "'; list them with `gantry jobs list`");
        return 1;
    }

    private static String cut(String error) {
        if (error == null) return "-";
        String line = error.lines().findFirst().orElse("");
        return line.length() <= ERROR_COLUMN ? line : line.substring(0, ERROR_COLUMN) + "...";
    }
}
