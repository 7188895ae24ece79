package dev.gantry.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** `gantry`: the one command line of the platform. */
@Command(name = "gantry", mixinStandardHelpOptions = true, version = "gantry 0.1.0",
        description = "Gantry: an OpenAI-compatible LLM gateway.",
        subcommands = {ServeCommand.class, ConfigCommand.class, UsageCommand.class, KeysCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        configureLogging();
        int code = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
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

    private static boolean isServe(String[] args) {
        return args.length > 0 && args[0].equals("serve");
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
