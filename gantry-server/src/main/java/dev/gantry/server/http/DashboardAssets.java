package dev.gantry.server.http;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.provider.openai.OpenAiCodec;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The dashboard's static files from the jar ({@code dashboard/} on the classpath): {@code /} is its index, the rest
 * is under {@code /dashboard/}. Public (they hold no data); revalidated on every load by ETag, because the names
 * carry no version; a content security policy keeps the page on this origin only.
 */
final class DashboardAssets {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)*\\.[a-z0-9]+");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon", "json", "application/json");
    private final Map<String, Asset> cache = new ConcurrentHashMap<>();

    private record Asset(byte[] body, String type, String etag) {
    }

    void register(HttpRouting.Builder routing) {
        routing.get("/", (req, res) -> serve(req, res, "index.html"))
                .get("/dashboard", (req, res) -> serve(req, res, "index.html"))
                .get("/dashboard/", (req, res) -> serve(req, res, "index.html"))
                .get("/dashboard/*", (req, res) -> serve(req, res, req.path().path().substring("/dashboard/".length())));
    }

    private void serve(ServerRequest req, ServerResponse res, String name) {
        Asset a = SAFE_NAME.matcher(name).matches() ? cache.computeIfAbsent(name, DashboardAssets::load) : null;
        if (a == null || a.body == null) {
            cache.remove(name);
            ErrorWriter.write(res, new GantryException(ErrorKind.NOT_FOUND, "no dashboard file '" + name
                    + "'; the dashboard starts at /"), OpenAiCodec::writeError);
            return;
        }
        res.header(HeaderNames.CACHE_CONTROL, "no-cache");
        res.header(HeaderNames.ETAG, a.etag);
        res.header(HeaderNames.create("x-content-type-options"), "nosniff");
        if (a.type.startsWith("text/html")) res.header(HeaderNames.create("content-security-policy"), CSP);
        if (req.headers().first(HeaderNames.IF_NONE_MATCH).map(a.etag::equals).orElse(false)) {
            res.status(304);
            res.send();
            return;
        }
        res.header(HeaderNames.CONTENT_TYPE, a.type);
        res.send(a.body);
    }

    /** A missing file is an Asset with no body, so a miss is not cached as a hit. */
    private static Asset load(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1);
        try (InputStream in = DashboardAssets.class.getResourceAsStream("/dashboard/" + name)) {
            if (in == null || !TYPES.containsKey(ext)) return new Asset(null, null, null);
            byte[] body = in.readAllBytes();
            return new Asset(body, TYPES.get(ext), "\"" + HexFormat.of().formatHex(java.util.Arrays.copyOf(sha256(body), 8)) + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dashboard file " + name + " from the jar", e);
        }
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
