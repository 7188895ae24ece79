package dev.gantry.server.cli;

import dev.gantry.server.ConfigOrigin;
import dev.gantry.server.Gantry;
import dev.gantry.server.config.ConfigException;
import dev.gantry.server.config.ConfigLoader;
import dev.gantry.server.config.GantryConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `gantry serve`: runs the gateway until SIGINT/SIGTERM, then shuts down in order. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the gateway.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--config", description = "YAML config file (default: embedded defaults from the environment)")
    Path config;

    @Option(names = "--port", description = "listen port (overrides server.port; 0 = any free port)")
    Integer port;

    @Option(names = "--host", description = "listen address (overrides server.host)")
    String host;

    @Option(names = "--data-dir", description = "where the ledger and keys are kept (overrides data-dir)")
    Path dataDir;

    @Override
    public Integer call() {
        GantryConfig c;
        try {
            ConfigLoader loader = ConfigLoader.fromEnvironment();
            c = config == null ? loader.embeddedDefault() : loader.load(config);
        } catch (ConfigException e) {
            System.err.println("gantry: the config has problems:");
            e.problems().forEach(p -> System.err.println("  - " + p));
            return 2;
        }
        GantryConfig.Server s = c.server();
        c = c.withServer(s.withListen(host != null ? host : s.host(), port != null ? port : s.port()));
        if (dataDir != null) c = c.withDataDir(dataDir);
        Gantry gantry = Gantry.start(c, config == null ? ConfigOrigin.EMBEDDED : ConfigOrigin.file(config));
        c.notes().forEach(n -> System.out.println("gantry: " + n));
        System.out.println("gantry: listening on http://" + c.server().host() + ":" + gantry.port()
                + " (data in " + c.dataDir().toAbsolutePath().normalize() + ")");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("gantry: shutting down: finishing requests, flushing the usage ledger");
            gantry.close();
            stopped.countDown();
        }, "gantry-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
