package dev.gantry.http.jdk;

import java.net.URI;

/** How an upstream is named in messages: scheme://host:port only, since paths and queries may hold keys. */
final class Endpoints {
    private Endpoints() {
    }

    static String hostPort(URI uri) {
        if (uri == null || uri.getHost() == null) return "an invalid address";
        int port = uri.getPort();
        if (port < 0) port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getHost() + ":" + port;
    }
}
