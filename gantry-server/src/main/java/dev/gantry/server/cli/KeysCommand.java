package dev.gantry.server.cli;

import dev.gantry.core.audit.AuditEvent;
import dev.gantry.core.keys.KeyBudget;
import dev.gantry.core.keys.KeyHashing;
import dev.gantry.core.keys.VirtualKey;
import dev.gantry.core.limits.BudgetPeriod;
import dev.gantry.store.sqlite.SqliteAuditLog;
import dev.gantry.store.sqlite.SqliteDatabase;
import dev.gantry.store.sqlite.SqliteKeyStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `gantry keys create|list|revoke|hash`: virtual keys kept (hashed) in the data directory. */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Manage virtual keys.",
        subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class, KeysCommand.Hash.class})
final class KeysCommand {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a key; prints the secret once (only its hash is stored). A running server sees it within 30 s.")
    static final class Create implements Callable<Integer> {
        @Mixin DataDirOptions data = new DataDirOptions();
        @Parameters(paramLabel = "NAME") String name;
        @Option(names = "--models", split = ",", description = "models the key may use (default: all)") List<String> models;
        @Option(names = "--rpm", defaultValue = "0", description = "requests per minute (0 = unlimited)") long rpm;
        @Option(names = "--tpm", defaultValue = "0", description = "tokens per minute (0 = unlimited)") long tpm;
        @Option(names = "--budget-usd", description = "hard spend limit per period, in USD") BigDecimal budgetUsd;
        @Option(names = "--budget-per", defaultValue = "month", description = "day, week, month or total") String per;

        @Override
        public Integer call() {
            String secret = KeyHashing.newSecret();
            KeyBudget budget = budgetUsd == null ? null : new KeyBudget(budgetUsd, BudgetPeriod.parse(per));
            VirtualKey key = new VirtualKey(name, KeyHashing.sha256(secret), models, rpm, tpm, budget, true, Instant.now());
            try (SqliteDatabase db = SqliteDatabase.open(data.resolve())) {
                AuditEvent created = CliAudit.keyCreated(key); // built first: a name the audit log refuses stops here
                new SqliteKeyStore(db).create(key);
                new SqliteAuditLog(db).append(created);
            } catch (IllegalArgumentException e) {
                System.err.println("gantry: " + e.getMessage());
                return 1;
            }
            System.out.println(secret);
            System.err.println("gantry: key '" + name + "' created; the secret above is shown only once");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List keys (never their secrets).")
    static final class ListKeys implements Callable<Integer> {
        @Mixin DataDirOptions data = new DataDirOptions();

        @Override
        public Integer call() {
            try (SqliteDatabase db = SqliteDatabase.open(data.resolve())) {
                System.out.printf("%-20s %-8s %-24s %8s %10s %-18s %s%n", "name", "enabled", "models", "rpm", "tpm", "budget", "created");
                for (VirtualKey k : new SqliteKeyStore(db).list()) {
                    System.out.printf("%-20s %-8s %-24s %8d %10d %-18s %s%n", k.name(), k.enabled(),
                            k.models().isEmpty() ? "*" : String.join(",", k.models()), k.rpm(), k.tpm(),
                            k.budget() == null ? "-" : "$" + k.budget().usd() + "/" + k.budget().period().name().toLowerCase(),
                            k.createdAt());
                }
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Disable a key (effective within 30 s).")
    static final class Revoke implements Callable<Integer> {
        @Mixin DataDirOptions data = new DataDirOptions();
        @Parameters(paramLabel = "NAME") String name;

        @Override
        public Integer call() {
            try (SqliteDatabase db = SqliteDatabase.open(data.resolve())) {
                if (new SqliteKeyStore(db).revoke(name)) {
                    new SqliteAuditLog(db).append(CliAudit.keyRevoked(name));
                    System.out.println("gantry: key '" + name + "' revoked");
                    return 0;
                }
            }
            System.err.println("gantry: no key named '" + name + "'; see `gantry keys list`");
            return 1;
        }
    }

    @Command(name = "hash", mixinStandardHelpOptions = true,
            description = "Read a secret from standard input and print the key-hash to put in the config.")
    static final class Hash implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            String secret = new BufferedReader(new InputStreamReader(System.in)).readLine();
            if (secret == null || secret.isBlank()) {
                System.err.println("gantry: give the secret on standard input, e.g. `echo -n $KEY | gantry keys hash`");
                return 1;
            }
            System.out.println(KeyHashing.sha256(secret.trim()));
            return 0;
        }
    }
}
