package dev.gantry.bench.serverchoice;

import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Jetty 12 core server (no servlets) with blocking handlers on virtual threads, relaying through Jetty's
 * HttpClient read as an InputStream, so the handler code has the same shape as the Helidon candidates.
 */
final class JettyProxy extends Handler.Abstract {
    private final HttpClient client;
    private final URI upstream;

    private JettyProxy(HttpClient client, URI upstream) {
        this.client = client;
        this.upstream = upstream;
    }

    static AutoCloseable start(int port, int upstreamPort) throws Exception {
        HttpClient client = new HttpClient();
        client.setMaxConnectionsPerDestination(512); // default 64 would queue at the higher concurrency
        client.start();
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setVirtualThreadsExecutor(Executors.newVirtualThreadPerTaskExecutor());
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new JettyProxy(client, Relay.upstreamUri(upstreamPort)));
        server.start();
        return () -> {
            server.stop();
            client.stop();
        };
    }

    @Override
    public boolean handle(Request req, Response res, Callback callback) throws Exception {
        ByteBuffer body = Content.Source.asByteBuffer(req);
        var listener = new InputStreamResponseListener();
        client.newRequest(upstream).method(HttpMethod.POST)
                .body(new BytesRequestContent("application/json", BufferUtil.toArray(body))).send(listener);
        org.eclipse.jetty.client.Response reply = listener.get(30, TimeUnit.SECONDS);
        String contentType = reply.getHeaders().get(HttpHeader.CONTENT_TYPE);
        res.setStatus(reply.getStatus());
        if (contentType != null) res.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        try (InputStream in = listener.getInputStream()) {
            if (!Relay.isEventStream(contentType)) {
                byte[] bytes = in.readAllBytes();
                res.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
                res.write(true, ByteBuffer.wrap(bytes), callback);
                return true;
            }
            try (OutputStream out = Content.Sink.asOutputStream(res)) {
                Relay.copyFlushing(in, out);
            }
            callback.succeeded();
        } catch (Exception e) {
            callback.failed(e);
        }
        return true;
    }
}
