package dev.gantry.http.helidon;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.http.HttpCall;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedByInterruptException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/**
 * Turns what Helidon throws before the headers arrive (mostly UncheckedIOExceptions around the JDK's socket
 * exceptions) into GantryExceptions whose messages name the host and port (never the path or query, which
 * may carry a key) and say what to check. The original goes in the cause.
 */
final class TransportFailures {
    private TransportFailures() {
    }

    static GantryException map(HttpCall call, RuntimeException e) {
        String where = Endpoints.hostPort(call.uri());
        if (isInterruption(e)) {
            // a virtual thread's socket is closed by the interrupt, which Helidon reports as a socket error
            return new GantryException(ErrorKind.CANCELLED, "call to " + where + " was cancelled before it answered", e);
        }
        SocketTimeoutException timeout = find(e, SocketTimeoutException.class);
        if (timeout != null && beforeTheRequestWasSent(timeout)) {
            // the upstream never saw the request, so this is a connection failure, safe to retry anywhere
            return new GantryException(ErrorKind.CONNECTION, "could not connect to " + where + " within "
                    + limit(call.connectTimeout(), HelidonHttpTransport.DEFAULT_CONNECT_TIMEOUT)
                    + "; check that the provider is up and reachable", e);
        }
        if (timeout != null) {
            return new GantryException(ErrorKind.TIMEOUT, where + " sent no response headers within "
                    + limit(call.responseTimeout(), null) + "; raise the timeout or check the provider's load", e);
        }
        if (find(e, UnknownHostException.class) != null) {
            return new GantryException(ErrorKind.CONNECTION, "could not resolve the host of " + where
                    + "; check the provider's base-url", e);
        }
        if (find(e, ConnectException.class) != null || find(e, NoRouteToHostException.class) != null) {
            return new GantryException(ErrorKind.CONNECTION, "could not connect to " + where
                    + " (connection refused or unreachable); check that the provider is up and the base-url is right", e);
        }
        if (find(e, SSLException.class) != null) {
            return new GantryException(ErrorKind.CONNECTION, "TLS handshake with " + where
                    + " failed; check the URL scheme and the server's certificate", e);
        }
        return new GantryException(ErrorKind.CONNECTION, "connection to " + where
                + " failed before a response arrived; the provider closed or reset it", e);
    }

    private static boolean isInterruption(Throwable e) {
        if (Thread.currentThread().isInterrupted()) return true;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ClosedByInterruptException) return true;
            if (t instanceof InterruptedIOException && !(t instanceof SocketTimeoutException)) return true;
        }
        return false;
    }

    /**
     * Connect and read timeouts are the same exception type; where it was thrown tells them apart: inside
     * Socket.connect, or inside the TLS handshake that Helidon runs while connecting.
     */
    private static boolean beforeTheRequestWasSent(SocketTimeoutException e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String method = frame.getMethodName();
            if (method.equals("connect") && frame.getClassName().equals("java.net.Socket")) return true;
            if (method.equals("startHandshake")) return true;
        }
        return false;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return type.cast(t);
        }
        return null;
    }

    private static String limit(Duration d, Duration fallback) {
        Duration shown = d == null ? fallback : d;
        if (shown == null) return "the default limit";
        return shown.toMillis() % 1000 == 0 ? shown.toSeconds() + "s" : shown.toMillis() + "ms";
    }
}
