package dev.gantry.server.cli;

import dev.gantry.server.Gantry;
import dev.gantry.server.config.ConfigException;
import dev.gantry.server.config.ConfigLoader;
import dev.gantry.server.config.GantryConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --config and --data-dir for commands that run Gantry in process (ingest, search, ask, collections, rag). */
final class EngineOptions {
    @Option(names = "--config", description = "YAML config file (default: embedded defaults from the environment)")
    Path config;

    @Option(names = "--data-dir", description = "data directory (overrides the config's data-dir, default ./data)")
    Path dataDir;

    GantryConfig load() {
        ConfigLoader loader = ConfigLoader.fromEnvironment();
        GantryConfig c = config == null ? loader.embeddedDefault() : loader.load(config);
        return dataDir == null ? c : c.withDataDir(dataDir);
    }

    /** @throws ConfigException listing the config's problems */
    Gantry open() {
        return Gantry.open(load());
    }
}
