package dev.gantry.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** `gantry`: the one command line of the platform. */
@Command(name = "gantry", mixinStandardHelpOptions = true, version = "gantry 0.1.0",
        description = "Gantry: an OpenAI-compatible LLM gateway with a built-in RAG engine.",
        subcommands = {ServeCommand.class, ConfigCommand.class, UsageCommand.class, KeysCommand.class, AuditCommand.class, IngestCommand.class,
                SearchCommand.class, AskCommand.class, CollectionsCommand.class, RagCommand.class, GuardCommand.class, CostCommand.class,
                JobsCommand.class, BatchCommand.class, KnowledgeCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        configureLogging();
        int code = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Main::explain).execute(args);
        if (code != 0 || !isServe(args)) System.exit(code);
    }

    /** Our logging.properties unless the user passed -Djava.util.logging.config.file. */
    private static void configureLogging() {
        if (System.getProperty("java.util.logging.config.file") != null) return;
        try (var in = Main.class.getResourceAsStream("/gantry-logging.properties")) {
            if (in != null) java.util.logging.LogManager.getLogManager().readConfiguration(in);
        } catch (java.io.IOException e) {
            System.err.println("gantry: default logging config unreadable: " + e.getMessage());
        }
    }

    /** Our own errors are messages for the user (value, rule, fix): print them, not a stack trace. */
    private static int explain(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof dev.gantry.core.error.GantryException g) {
            cmd.getErr().println("gantry: " + g.getMessage());
            return 1;
        }
        if (e instanceof dev.gantry.server.config.ConfigException c) {
            cmd.getErr().println("gantry: the config has problems:");
            c.problems().forEach(p -> cmd.getErr().println("  - " + p));
            return 2;
        }
        throw e;
    }

    private static boolean isServe(String[] args) {
        return args.length > 0 && args[0].equals("serve");
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
