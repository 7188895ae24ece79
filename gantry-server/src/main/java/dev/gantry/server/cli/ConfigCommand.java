package dev.gantry.server.cli;

import dev.gantry.server.config.ConfigException;
import dev.gantry.server.config.ConfigLoader;
import dev.gantry.server.config.GantryConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `gantry config check FILE`. */
@Command(name = "config", mixinStandardHelpOptions = true, description = "Work with config files.",
        subcommands = ConfigCommand.Check.class)
final class ConfigCommand {

    @Command(name = "check", mixinStandardHelpOptions = true, description = "Validate a config file and list every problem.")
    static final class Check implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            try {
                GantryConfig c = ConfigLoader.fromEnvironment().load(file);
                System.out.println(file + ": OK (" + c.providers().size() + " providers, " + c.models().size()
                        + " models, " + c.keys().size() + " keys)");
                return 0;
            } catch (ConfigException e) {
                System.err.println(file + ": " + e.problems().size() + " problem(s):");
                e.problems().forEach(p -> System.err.println("  - " + p));
                return 1;
            }
        }
    }
}
