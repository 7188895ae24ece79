package dev.gantry.tools.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.chat.ToolSpec;
import dev.gantry.core.tool.Tool;
import dev.gantry.core.tool.ToolContext;
import dev.gantry.core.tool.ToolResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * An HTTP endpoint as a tool. The URL comes from the template and the arguments; GET and DELETE send no body,
 * other methods send the arguments as a JSON body. Before each call the host must be allow-listed and every address
 * it resolves to public (unless allow-private); redirects are followed only to the same host, checked again. A
 * non-2xx status, a refusal, a timeout are error results the model reads; header values never appear in them.
 */
public final class HttpTool implements Tool {
    static final int MAX_REDIRECTS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpToolSettings settings;
    private final ToolSpec spec;
    private final UrlGuard guard;
    private final HttpClient client;

    public HttpTool(HttpToolSettings settings) {
        this(settings, UrlGuard.SYSTEM_DNS);
    }

    /** @param resolver host name to addresses (tests give one that answers private addresses for a public name) */
    public HttpTool(HttpToolSettings settings, UrlGuard.Resolver resolver) {
        this.settings = settings;
        UrlTemplate.checkTemplate(settings.name(), settings.url(), settings.allowedHosts());
        this.spec = new ToolSpec(settings.name(), settings.description(), settings.parameters());
        this.guard = new UrlGuard(settings.allowedHosts(), settings.allowPrivate(), resolver);
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout()).build();
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public ToolResult call(String argumentsJson, ToolContext context) {
        Map<String, Object> args;
        try {
            args = UrlTemplate.arguments(argumentsJson);
        } catch (IOException e) {
            return ToolResult.error("the arguments are not a JSON object");
        }
        URI uri;
        try {
            uri = UrlTemplate.expand(settings.url(), args);
        } catch (IllegalArgumentException e) {
            return ToolResult.error(e.getMessage());
        }
        return send(uri, body(args), deadline(context));
    }

    private ToolResult send(URI uri, String body, Instant deadline) {
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            String refused = guard.refusal(uri);
            if (refused != null) return ToolResult.error(refused);
            Duration left = Duration.between(Instant.now(), deadline);
            if (left.isNegative() || left.isZero()) return timedOut();
            try {
                HttpResponse<InputStream> r = client.send(request(uri, body, left), HttpResponse.BodyHandlers.ofInputStream());
                if (r.statusCode() / 100 != 3) return result(r);
                URI next = redirect(uri, r);
                if (next == null) return ToolResult.error("HTTP " + r.statusCode() + " redirect without a Location");
                if (!next.getHost().equalsIgnoreCase(uri.getHost())) {
                    return ToolResult.error("the endpoint redirected to another host (" + next.getHost() + "); not followed");
                }
                uri = next;
            } catch (HttpTimeoutException e) {
                return timedOut();
            } catch (IOException e) {
                return ToolResult.error("could not reach " + uri.getHost() + ": " + e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ToolResult.error("the call was interrupted");
            }
        }
        return ToolResult.error("more than " + MAX_REDIRECTS + " redirects; not followed");
    }

    private HttpRequest request(URI uri, String body, Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout)
                .method(settings.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        boolean typed = settings.headers().keySet().stream().anyMatch("content-type"::equalsIgnoreCase);
        if (body != null && !typed) b.header("Content-Type", "application/json");
        settings.headers().forEach(b::header);
        return b.build();
    }

    private String body(Map<String, Object> args) {
        if ("GET".equals(settings.method()) || "DELETE".equals(settings.method()) || "HEAD".equals(settings.method())) return null;
        try {
            return JSON.writeValueAsString(args);
        } catch (IOException e) {
            throw new IllegalStateException(e); // maps read from JSON always write back
        }
    }

    private static URI redirect(URI from, HttpResponse<InputStream> r) throws IOException {
        r.body().close();
        return r.headers().firstValue("Location").map(from::resolve).orElse(null);
    }

    private ToolResult result(HttpResponse<InputStream> r) throws IOException {
        String text = BoundedBody.read(r.body(), settings.maxResponseBytes());
        if (r.statusCode() / 100 == 2) return ToolResult.ok(text);
        return ToolResult.error("HTTP " + r.statusCode() + ": " + text);
    }

    private ToolResult timedOut() {
        return ToolResult.error("the endpoint did not answer within " + settings.timeout().toMillis() + " ms");
    }

    private Instant deadline(ToolContext ctx) {
        Instant own = Instant.now().plus(settings.timeout());
        return ctx == null || ctx.deadline() == null || own.isBefore(ctx.deadline()) ? own : ctx.deadline();
    }

    @Override
    public String toString() {
        return "HttpTool[" + settings + "]";
    }
}
