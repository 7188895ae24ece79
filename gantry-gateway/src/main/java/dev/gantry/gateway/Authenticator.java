package dev.gantry.gateway;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.keys.KeyHashing;
import dev.gantry.core.keys.KeyStore;
import dev.gantry.core.keys.VirtualKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a presented secret into a virtual key. Keys from the config are held in memory; keys in the
 * store are looked up by hash through a cache (30 s), so the store is not on the hot path and a revoked
 * key stops working within 30 s. Authentication is required as soon as any key exists.
 */
public final class Authenticator {
    private static final Duration CACHE_FOR = Duration.ofSeconds(30);
    private final Map<String, VirtualKey> configured;
    private final KeyStore store;
    private final LoadingCache<String, Optional<VirtualKey>> stored;
    private volatile boolean storeHasKeys;
    private volatile long storeCheckedAt;

    public Authenticator(List<VirtualKey> configuredKeys, KeyStore store) {
        this.configured = configuredKeys.stream().collect(Collectors.toMap(VirtualKey::keyHash, Function.identity()));
        this.store = store;
        this.stored = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(CACHE_FOR)
                .build(hash -> store == null ? Optional.empty() : store.findByHash(hash));
        refreshStoreFlag();
    }

    public boolean required() {
        if (!configured.isEmpty()) return true;
        if (System.nanoTime() - storeCheckedAt > CACHE_FOR.toNanos()) refreshStoreFlag();
        return storeHasKeys;
    }

    private void refreshStoreFlag() {
        storeHasKeys = store != null && !store.list().isEmpty();
        storeCheckedAt = System.nanoTime();
    }

    /** @return the key, or null when no key is required and none was presented */
    public VirtualKey authenticate(String secret) {
        if (secret == null || secret.isBlank()) {
            if (!required()) return null;
            throw new GantryException(ErrorKind.AUTHENTICATION, "no API key was given; send it as 'Authorization: "
                    + "Bearer <key>' (or the x-api-key header); keys are created with `gantry keys create`");
        }
        String hash = KeyHashing.sha256(secret.trim());
        VirtualKey key = configured.get(hash);
        if (key == null) key = stored.get(hash).orElse(null);
        if (key == null || !key.enabled()) {
            if (key == null && !required()) return null;
            throw new GantryException(ErrorKind.AUTHENTICATION, "the API key given is not valid"
                    + (key != null ? " any more (revoked)" : "") + "; check the key, or create one with `gantry keys create`");
        }
        return key;
    }
}
