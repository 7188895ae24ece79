package dev.gantry.core.keys;

import java.util.List;
import java.util.Optional;

/** Persistent virtual keys (those created by `gantry keys create`; keys from config are read-only). */
public interface KeyStore {
    Optional<VirtualKey> findByHash(String keyHash);

    List<VirtualKey> list();

    /** Fails with IllegalArgumentException when the name is taken. */
    void create(VirtualKey key);

    /** @return true when a key of that name existed and is now disabled */
    boolean revoke(String name);
}
