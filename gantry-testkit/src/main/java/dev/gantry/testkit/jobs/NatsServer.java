package dev.gantry.testkit.jobs;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real {@code nats-server -js} subprocess on a free port with its own store directory (Debian package
 * {@code nats-server}). Restarting keeps the store, as a server restart would.
 */
public final class NatsServer implements AutoCloseable {
    private static final Path BINARY = Stream.of("/usr/bin/nats-server", "/usr/local/bin/nats-server", "/usr/sbin/nats-server")
            .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);

    private final Path storeDir;
    private final int port;
    private Process process;

    public NatsServer() throws IOException {
        this.storeDir = Files.createTempDirectory("gantry-nats-");
        this.port = freePort();
    }

    /** False without the Debian package nats-server: tests skip, naming it. */
    public static boolean installed() {
        return BINARY != null;
    }

    public String url() {
        return "nats://127.0.0.1:" + port;
    }

    public NatsServer start() throws IOException, InterruptedException {
        process = new ProcessBuilder(List.of(BINARY.toString(), "-js", "-a", "127.0.0.1", "-p",
                String.valueOf(port), "-sd", storeDir.toString()))
                .redirectErrorStream(true).redirectOutput(storeDir.resolve("server.log").toFile()).start();
        awaitListening();
        return this;
    }

    /** Stops the server and starts it again on the same port and store, as an operator's restart would. */
    public void restart() throws IOException, InterruptedException {
        stop();
        start();
    }

    private void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        stop();
        try (Stream<Path> files = Files.walk(storeDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("nats-server exited at start: " + Files.readString(storeDir.resolve("server.log")));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IOException("nats-server did not listen on port " + port + " within 30s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
