package dev.gantry.http.helidon;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/** A socket server on 127.0.0.1 for answers no real HTTP server gives: cut bodies, silence, bare closes. */
final class RawServer implements AutoCloseable {
    private final ServerSocket socket;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    private RawServer(Handler handler) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        Thread.ofVirtual().start(() -> acceptLoop(handler));
    }

    /** Reads each request, writes {@code raw} as the whole answer, then closes the connection. */
    static RawServer answering(String raw) throws IOException {
        return new RawServer(s -> {
            readRequest(s.getInputStream());
            s.getOutputStream().write(raw.getBytes(ISO_8859_1));
            s.getOutputStream().flush();
            s.close();
        });
    }

    /** Accepts connections and never reads or writes (a TLS handshake to it never completes). */
    static RawServer silent() throws IOException {
        return new RawServer(s -> {
        });
    }

    String hostPort() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://" + hostPort() + pathAndQuery);
    }

    private void acceptLoop(Handler handler) {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                accepted.add(s);
                Thread.ofVirtual().start(() -> {
                    try {
                        handler.handle(s);
                    } catch (IOException ignored) {
                        // the client went away first
                    }
                });
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Reads the request head and its Content-Length body, so closing afterwards is a clean FIN, not a reset. */
    private static void readRequest(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) return;
            head.append((char) b);
        }
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                in.readNBytes(Integer.parseInt(line.substring("content-length:".length()).trim()));
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : accepted) s.close();
    }

    @FunctionalInterface
    private interface Handler {
        void handle(Socket s) throws IOException;
    }
}
