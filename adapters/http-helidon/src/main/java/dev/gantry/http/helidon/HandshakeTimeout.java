package dev.gantry.http.helidon;

import io.helidon.webclient.api.ConnectedSocketChannelInfo;
import io.helidon.webclient.api.ConnectedSocketInfo;
import io.helidon.webclient.api.ConnectionListener;
import java.io.IOException;
import java.time.Duration;

/**
 * Bounds the TLS handshake by the connect timeout. Helidon sets a request's read timeout only after the
 * connection is up, so a server that accepts TCP but never answers the handshake would hold the call forever.
 */
final class HandshakeTimeout implements ConnectionListener {
    private final int millis;

    HandshakeTimeout(Duration connectTimeout) {
        this.millis = ReadTimeouts.socketMillis(connectTimeout);
    }

    @Override
    public void socketConnected(ConnectedSocketInfo info) throws IOException {
        info.socket().setSoTimeout(millis);
    }

    @Override
    public void socketChannelConnected(ConnectedSocketChannelInfo info) {
        // Unix domain sockets have no handshake to bound
    }
}
