package dev.gantry.core.alert;

/** Somewhere alert notices go (a chat webhook, a pager). One call is one attempt; retries are the caller's. */
public interface Notifier {
    /** The name people know it by; the only thing about it that logs and errors may show. */
    String name();

    /** Delivers one notice or throws; the exception's message must not hold the destination's address or secrets. */
    void send(AlertEvent event);
}
