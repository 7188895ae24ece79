package dev.gantry.core.usage;

/**
 * Where the gateway drops a usage record: never blocks the request, never loses a record on orderly
 * shutdown ({@link #close()} flushes).
 */
public interface UsageLedger extends AutoCloseable {
    void record(UsageRecord record);

    /** Blocks until every record handed in so far is durable. */
    void flush();

    @Override
    void close();
}
