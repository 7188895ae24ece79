package dev.gantry.core.http;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * One outgoing HTTP request. {@code responseTimeout} limits the wait for the status line and headers.
 */
public record HttpCall(String method, URI uri, Map<String, String> headers, byte[] body,
                       Duration connectTimeout, Duration responseTimeout) {
    public HttpCall {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static HttpCall postJson(URI uri, Map<String, String> headers, byte[] body, Duration connect,
                                    Duration response) {
        var h = new java.util.HashMap<>(headers);
        h.putIfAbsent("content-type", "application/json");
        return new HttpCall("POST", uri, h, body, connect, response);
    }
}
