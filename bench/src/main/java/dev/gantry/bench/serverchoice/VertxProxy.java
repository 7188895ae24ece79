package dev.gantry.bench.serverchoice;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.PoolOptions;

/**
 * Vert.x server + client on the event loop: one verticle per core, each with its own client pool, relaying
 * with {@code pipeTo} (back-pressure aware). Nothing blocks, so every step is a callback.
 */
final class VertxProxy extends VerticleBase {
    private final int port;
    private final int upstreamPort;
    private HttpClientAgent client;

    private VertxProxy(int port, int upstreamPort) {
        this.port = port;
        this.upstreamPort = upstreamPort;
    }

    static AutoCloseable start(int port, int upstreamPort) {
        Vertx vertx = Vertx.vertx();
        int instances = Runtime.getRuntime().availableProcessors();
        vertx.deployVerticle(() -> new VertxProxy(port, upstreamPort), new DeploymentOptions().setInstances(instances))
                .await();
        return () -> vertx.close().await();
    }

    @Override
    public Future<?> start() {
        // The default pool is 5 connections per host, far too few for 64 concurrent streams.
        client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(upstreamPort)
                .setTcpNoDelay(true).setKeepAlive(true), new PoolOptions().setHttp1MaxSize(512));
        return vertx.createHttpServer(new HttpServerOptions().setTcpNoDelay(true)).requestHandler(this::handle)
                .listen(port, "127.0.0.1");
    }

    private void handle(HttpServerRequest req) {
        HttpServerResponse res = req.response();
        req.body()
                .compose(body -> client.request(HttpMethod.POST, Payloads.PATH)
                        .compose(call -> call.putHeader("content-type", "application/json").send(body)))
                .onSuccess(reply -> relay(reply, res))
                .onFailure(e -> {
                    if (!res.ended() && !res.closed()) res.setStatusCode(502).end();
                });
    }

    private static void relay(HttpClientResponse reply, HttpServerResponse res) {
        String contentType = reply.getHeader("content-type");
        res.setStatusCode(reply.statusCode());
        if (contentType != null) res.putHeader("content-type", contentType);
        if (!Relay.isEventStream(contentType)) {
            reply.body().onSuccess(res::end).onFailure(e -> res.reset());
            return;
        }
        res.setChunked(true);
        // Client gone mid-stream: reset the upstream request so the provider stops generating.
        res.closeHandler(v -> reply.request().reset());
        reply.pipeTo(res);
    }
}
