package dev.gantry.tools.http;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP endpoint as a tool.
 *
 * @param url             URL template: {@code {arg}} is replaced by that argument, URL-encoded
 * @param headers         sent with every call; values may be secrets (resolved from the environment), never printed
 * @param allowedHosts    the only hosts it may reach: exact names, or {@code *.example.com} for subdomains
 * @param maxResponseBytes a longer body is cut there and the result says so
 * @param allowPrivate    let it reach loopback, private, link-local, unique-local addresses (off: SSRF protection)
 */
public record HttpToolSettings(String name, String description, Map<String, Object> parameters, String method,
                               String url, Map<String, String> headers, List<String> allowedHosts, Duration timeout,
                               long maxResponseBytes, boolean allowPrivate) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024;

    public HttpToolSettings {
        Objects.requireNonNull(name, "name");
        method = method == null ? "GET" : method.toUpperCase(Locale.ROOT);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
        parameters = parameters == null ? Map.of("type", "object") : parameters;
    }

    @Override
    public String toString() {
        return "HttpToolSettings[name=" + name + ", method=" + method + ", url=" + url + ", headers=" + headers.keySet()
                + " (values hidden), allowedHosts=" + allowedHosts + "]";
    }
}
