package dev.gantry.agents;

/**
 * Who drives a run right now: the virtual key's name (null when keys are not in use) and the raw credential the
 * model calls are made with, so that the key's limits and budget apply. The credential is never printed.
 */
public record Caller(String keyId, String credential) {
    public static final Caller NONE = new Caller(null, null);

    @Override
    public String toString() {
        return "Caller[keyId=" + keyId + "]";
    }
}
