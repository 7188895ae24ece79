package dev.gantry.core.http;

/**
 * The upstream HTTP client port, so adapters are independent of the client library chosen for the hot path.
 * {@link #send} blocks (virtual threads) until the status and headers arrive. Connection failures throw
 * a {@link dev.gantry.core.error.GantryException} of kind CONNECTION, a passed responseTimeout one of kind TIMEOUT.
 */
public interface HttpTransport extends AutoCloseable {
    HttpReply send(HttpCall call);

    @Override
    default void close() {
    }
}
