package dev.gantry.server.cli;

import dev.gantry.server.config.ConfigLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the SQLite ledger and keys live: --data-dir, else the config's data-dir, else ./data. */
final class DataDirOptions {
    @Option(names = "--data-dir", description = "data directory (default: the config's data-dir, else ./data)")
    Path dataDir;

    @Option(names = "--config", description = "config file to read data-dir from")
    Path config;

    Path resolve() {
        if (dataDir != null) return dataDir;
        if (config != null) return ConfigLoader.fromEnvironment().load(config).dataDir();
        return Path.of("data");
    }
}
