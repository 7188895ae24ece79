package dev.gantry.http.jdk;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.http.HttpCall;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/**
 * Turns the JDK client's IOExceptions into GantryExceptions whose messages name the host and port (never
 * the path or query, which may carry a key) and say what to check. The original goes in the cause.
 */
final class TransportFailures {
    private TransportFailures() {
    }

    /** @param elapsed time since the call was handed to the client */
    static GantryException map(HttpCall call, IOException e, Duration elapsed) {
        String where = Endpoints.hostPort(call.uri());
        if (e instanceof HttpConnectTimeoutException && responseTimerFired(call, elapsed)) {
            return new GantryException(ErrorKind.TIMEOUT, where + " sent no response within "
                    + seconds(call.responseTimeout()) + " (the connection was not even established yet); "
                    + "raise the timeout or check the provider's load", e);
        }
        if (e instanceof HttpConnectTimeoutException) {
            // the upstream never saw the request, so this is a connection failure, safe to retry anywhere
            return new GantryException(ErrorKind.CONNECTION, "could not connect to " + where + " within "
                    + seconds(call.connectTimeout()) + "; check that the provider is up and reachable", e);
        }
        if (e instanceof HttpTimeoutException) {
            return new GantryException(ErrorKind.TIMEOUT, where + " sent no response headers within "
                    + seconds(call.responseTimeout()) + "; raise the timeout or check the provider's load", e);
        }
        if (isUnresolved(e)) {
            return new GantryException(ErrorKind.CONNECTION, "could not resolve the host of " + where
                    + "; check the provider's base-url", e);
        }
        if (e instanceof ConnectException) {
            return new GantryException(ErrorKind.CONNECTION, "could not connect to " + where
                    + " (connection refused or unreachable); check that the provider is up and the base-url is right", e);
        }
        if (e instanceof SSLException) {
            return new GantryException(ErrorKind.CONNECTION, "TLS handshake with " + where
                    + " failed; check the URL scheme and the server's certificate", e);
        }
        return new GantryException(ErrorKind.CONNECTION, "connection to " + where
                + " failed before a response arrived; the provider closed or reset it", e);
    }

    /**
     * The JDK reports its request timer as a connect timeout when it fires before the connection is up
     * (a busy machine, a slow TLS handshake). Which limit passed tells the two apart.
     */
    private static boolean responseTimerFired(HttpCall call, Duration elapsed) {
        Duration response = call.responseTimeout();
        Duration connect = call.connectTimeout() == null ? JdkHttpTransport.DEFAULT_CONNECT_TIMEOUT : call.connectTimeout();
        return response != null && response.compareTo(connect) < 0 && elapsed.compareTo(connect) < 0;
    }

    private static boolean isUnresolved(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) return true;
        }
        return false;
    }

    private static String seconds(Duration d) {
        if (d == null) return "the default limit";
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
