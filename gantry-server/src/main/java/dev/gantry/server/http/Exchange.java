package dev.gantry.server.http;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** Request/response plumbing shared by the handlers: ids, credentials, bounded bodies, headers. */
final class Exchange {
    static final HeaderName REQUEST_ID = HeaderNames.create("x-request-id");
    static final HeaderName API_KEY = HeaderNames.create("x-api-key");
    static final HeaderName AZURE_KEY = HeaderNames.create("api-key");
    static final HeaderName FEATURE = HeaderNames.create("x-gantry-feature");
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private Exchange() {
    }

    /** The client's x-request-id when it is a sane token, else a new one. */
    static String requestId(ServerRequest req) {
        String given = req.headers().first(REQUEST_ID).orElse(null);
        if (given != null && SAFE_ID.matcher(given).matches()) return given;
        byte[] b = new byte[12];
        ThreadLocalRandom.current().nextBytes(b);
        return "req_" + HexFormat.of().formatHex(b);
    }

    /** Bearer token, or x-api-key (Anthropic SDK), or api-key (Azure-style clients). */
    static String credential(ServerRequest req) {
        String auth = req.headers().first(HeaderNames.AUTHORIZATION).orElse(null);
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) return auth.substring(7).trim();
        String key = req.headers().first(API_KEY).orElse(null);
        return key != null ? key.trim() : req.headers().first(AZURE_KEY).map(String::trim).orElse(null);
    }

    /** The client's x-gantry-cache / Cache-Control wishes; an unknown x-gantry-cache value is an invalid request. */
    static dev.gantry.gateway.cache.CacheDirective cacheDirective(ServerRequest req) {
        return dev.gantry.gateway.cache.CacheDirective.of(
                req.headers().first(HeaderNames.create(dev.gantry.gateway.cache.CacheDirective.HEADER)).orElse(null),
                req.headers().first(HeaderNames.CACHE_CONTROL).orElse(null));
    }

    static String feature(ServerRequest req) {
        return req.headers().first(FEATURE).filter(f -> SAFE_ID.matcher(f).matches()).orElse(null);
    }

    /** Reads the body, refusing more than {@code max} bytes with a clear 413 before buffering it all. */
    static byte[] body(ServerRequest req, long max) {
        long declared = req.headers().contentLength().orElse(-1);
        if (declared > max) throw tooLarge(declared, max);
        try (InputStream in = req.content().inputStream()) {
            byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (data.length > max) throw tooLarge(-1, max);
            if (data.length == 0) {
                throw GantryException.invalid(null, "the request body is empty; send a JSON object");
            }
            return data;
        } catch (IOException e) {
            throw new GantryException(ErrorKind.INVALID_REQUEST, "the request body could not be read completely", e);
        }
    }

    private static GantryException tooLarge(long size, long max) {
        return new GantryException(ErrorKind.PAYLOAD_TOO_LARGE, "the request body" + (size > 0 ? " (" + size + " bytes)" : "")
                + " is larger than the " + max + " bytes this gateway accepts; send less, or raise server.max-body-bytes");
    }

    static void json(ServerResponse res, int status, byte[] body) {
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(body);
    }

    static void sseHeaders(ServerResponse res) {
        res.status(200);
        res.header(HeaderNames.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        res.header(HeaderNames.CACHE_CONTROL, "no-cache");
        res.header(HeaderNames.create("x-accel-buffering"), "no");
    }
}
