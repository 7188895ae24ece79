package dev.gantry.http.helidon;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.http.HttpReply;
import io.helidon.http.ClientResponseHeaders;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1ClientResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A Helidon response whose body is an InputStream. Helidon returns the connection to the pool once the body
 * was read to its end; closing before that closes the connection, which also unblocks a read in progress.
 */
final class HelidonHttpReply implements HttpReply {
    private final Http1ClientResponse response;
    private final String where;
    private final Consumer<HelidonHttpReply> onDone;
    private final ReplyBody body;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** @param onDone told once, when the body ended or the reply closed, whichever comes first */
    HelidonHttpReply(Http1ClientResponse response, String where, Consumer<HelidonHttpReply> onDone) {
        this.response = response;
        this.where = where;
        this.onDone = onDone;
        this.body = new ReplyBody(response.inputStream(), endsAtClose(response), where, this::ended, this::close);
    }

    @Override
    public int status() {
        return response.status().code();
    }

    @Override
    public Optional<String> header(String name) {
        return response.headers().first(HeaderNames.create(name));
    }

    @Override
    public InputStream body() {
        return body;
    }

    @Override
    public byte[] readAll() {
        try {
            return body.readAllBytes();
        } catch (IOException e) {
            throw new GantryException(ErrorKind.CONNECTION, "the response body from " + where
                    + " broke off before it was complete", e);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        body.abort();
        try {
            response.close();
        } finally {
            onDone.accept(this);
        }
    }

    /**
     * HTTP/1.1: with neither Content-Length nor Transfer-Encoding the body runs until the server closes. (Any
     * Transfer-Encoding counts as delimited here, so a cut body is reported rather than taken as complete.)
     */
    private static boolean endsAtClose(Http1ClientResponse response) {
        ClientResponseHeaders headers = response.headers();
        return !headers.contains(HeaderNames.CONTENT_LENGTH) && !headers.contains(HeaderNames.TRANSFER_ENCODING);
    }

    private void ended() {
        onDone.accept(this);
    }
}
