package dev.gantry.core.http;

import java.io.InputStream;
import java.util.Optional;

/**
 * A received response whose body may still be streaming. {@link #close()} releases the connection and,
 * when the body was not read to its end, aborts it; it may be called from any thread.
 */
public interface HttpReply extends AutoCloseable {
    int status();

    /** First value of a header, by case-insensitive name. */
    Optional<String> header(String name);

    /** The body as it arrives. */
    InputStream body();

    /** Reads the whole body (for non-streaming and error responses) and closes. */
    byte[] readAll();

    @Override
    void close();
}
