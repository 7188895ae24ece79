package dev.gantry.http.jdk;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.http.HttpReply;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Optional;

/** A JDK response whose body is an InputStream; closing it before the end aborts the connection. */
final class JdkHttpReply implements HttpReply {
    private final HttpResponse<InputStream> response;

    JdkHttpReply(HttpResponse<InputStream> response) {
        this.response = response;
    }

    @Override
    public int status() {
        return response.statusCode();
    }

    @Override
    public Optional<String> header(String name) {
        return response.headers().firstValue(name);
    }

    @Override
    public InputStream body() {
        return response.body();
    }

    @Override
    public byte[] readAll() {
        try (InputStream in = response.body()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new GantryException(ErrorKind.CONNECTION, "the response body from "
                    + Endpoints.hostPort(response.uri()) + " broke off before it was complete", e);
        }
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // closing only releases the connection; nothing is left to report
        }
    }
}
