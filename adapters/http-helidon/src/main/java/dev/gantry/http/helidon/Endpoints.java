package dev.gantry.http.helidon;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import io.helidon.common.uri.UriInfo;
import io.helidon.common.uri.UriPath;
import io.helidon.webclient.api.ClientUri;
import java.net.URI;
import java.util.Locale;

/** How an upstream is named in messages, and how a call's URI becomes Helidon's request target. */
final class Endpoints {
    private Endpoints() {
    }

    /** scheme-less host:port only, since paths and queries may hold keys. */
    static String hostPort(URI uri) {
        if (uri == null || uri.getHost() == null) return "an invalid address";
        return uri.getHost() + ":" + port(uri);
    }

    /**
     * The call's URI as a Helidon target that sends the raw path and query exactly as given. Helidon would
     * otherwise decode and re-encode them (turning %2F into '/', reordering and dropping query parameters),
     * so the query rides inside the raw path, which Helidon writes verbatim.
     */
    static ClientUri clientUri(URI uri) {
        if (uri == null || uri.getHost() == null || !isHttp(uri.getScheme())) {
            throw new GantryException(ErrorKind.INTERNAL, "upstream address " + hostPort(uri)
                    + " is not a usable http(s) URL; fix the provider's base-url");
        }
        URI ascii = isAscii(uri.toString()) ? uri : URI.create(uri.toASCIIString());
        return ClientUri.create(UriInfo.builder()
                .scheme(ascii.getScheme().toLowerCase(Locale.ROOT))
                .host(ascii.getHost())
                .port(port(ascii))
                .path(UriPath.create(requestTarget(ascii)))
                .build());
    }

    /** origin-form: raw path (at least "/") plus "?" and the raw query when there is one. */
    static String requestTarget(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) return uri.getPort();
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static boolean isHttp(String scheme) {
        return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) return false;
        }
        return true;
    }
}
