package dev.gantry.server;

import dev.gantry.server.config.ConfigLoader;
import dev.gantry.server.config.GantryConfig;
import dev.gantry.testkit.FakeProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real Gantry server on a free port in front of a real fake-provider HTTP server that speaks all three
 * dialects. Providers: oai (openai), ant (anthropic), gem (gemini), all pointing at the fake.
 * Models: chat -> oai, claude -> ant, gem -> gem, flaky -> oai with fallback to claude.
 */
public final class GantryServerFixture implements AutoCloseable {
    public final FakeProvider fake;
    public final Gantry gantry;
    public final Path dataDir;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private GantryServerFixture(FakeProvider fake, Gantry gantry, Path dataDir) {
        this.fake = fake;
        this.gantry = gantry;
        this.dataDir = dataDir;
    }

    public static GantryServerFixture start(String extraYaml) {
        return start(extraYaml, Map.of());
    }

    /** @param env environment variables the config may refer to as ${NAME}, besides FAKE_KEY */
    public static GantryServerFixture start(String extraYaml, Map<String, String> env) {
        Map<String, String> vars = new java.util.HashMap<>(env);
        vars.put("FAKE_KEY", "sk-fake-secret-123");
        FakeProvider fake = FakeProvider.start();
        try {
            Path dir = Files.createTempDirectory("gantry-it");
            Path config = dir.resolve("gantry.yaml");
            Files.writeString(config, yaml(fake.baseUrl(), dir.resolve("data")) + extraYaml);
            GantryConfig c = new ConfigLoader(vars::get).load(config);
            return new GantryServerFixture(fake, Gantry.start(c, ConfigOrigin.file(config)), dir.resolve("data"));
        } catch (IOException e) {
            fake.close();
            throw new UncheckedIOException(e);
        }
    }

    static String yaml(String fakeUrl, Path data) {
        return """
                server: {host: 127.0.0.1, port: 0, max-body-bytes: 65536, shutdown-grace: 2s}
                data-dir: %s
                providers:
                  - {name: oai, type: openai, base-url: %s/v1, api-key: ${FAKE_KEY}}
                  - {name: ant, type: anthropic, base-url: %s, api-key: ${FAKE_KEY}}
                  - {name: gem, type: gemini, base-url: %s, api-key: ${FAKE_KEY}}
                ledger: {batch-size: 64, flush-interval: 20ms}
                prices:
                  - {provider: oai, model: fake-model, input: 1, output: 2}
                  - {provider: ant, model: fake-claude, input: 3, output: 15}
                  - {provider: gem, model: fake-gemini, input: 0.5, output: 1}
                  - {provider: oai, model: fake-embed, input: 0.1, output: 0}
                models:
                  - {name: chat, targets: [{provider: oai, model: fake-model}], retry: {attempts: 1}}
                  - {name: claude, targets: [{provider: ant, model: fake-claude}], retry: {attempts: 1}}
                  - {name: gem, targets: [{provider: gem, model: fake-gemini}], retry: {attempts: 1}}
                  - {name: embed, targets: [{provider: oai, model: fake-embed}]}
                  - name: flaky
                    targets: [{provider: oai, model: fake-model}]
                    retry: {attempts: 2, backoff: 1ms, max-backoff: 2s}
                    fallbacks: [claude]
                  - {name: claude-cached, targets: [{provider: ant, model: fake-claude}], retry: {attempts: 1}, prompt-cache: true}
                  - name: cached
                    targets: [{provider: oai, model: fake-model}]
                    retry: {attempts: 1}
                    cache: {ttl: 10m}
                  - name: person
                    targets: [{provider: oai, model: fake-model}]
                    retry: {attempts: 1}
                    output-schema:
                      name: person
                      schema: {type: object, required: [name, age], properties: {name: {type: string}, age: {type: integer}}}
                """.formatted(data, fakeUrl, fakeUrl, fakeUrl);
    }

    /** The same fake and data directory served by another Gantry (a restarted one); closing it closes both. */
    public GantryServerFixture on(Gantry other) {
        return new GantryServerFixture(fake, other, dataDir);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + gantry.port();
    }

    public HttpResponse<String> post(String path, String json, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return send(b.build());
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET();
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return send(b.build());
    }

    public HttpResponse<String> delete(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path)).DELETE();
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return send(b.build());
    }

    private HttpResponse<String> send(HttpRequest r) {
        try {
            return http.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        gantry.close();
        fake.close();
    }
}
