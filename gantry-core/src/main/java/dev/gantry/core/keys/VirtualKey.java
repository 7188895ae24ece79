package dev.gantry.core.keys;

import java.time.Instant;
import java.util.List;

/**
 * A client credential issued by Gantry. Only the SHA-256 of the secret is stored.
 *
 * @param models allowed aliases; empty means all
 * @param rpm    requests per minute, 0 = unlimited
 * @param tpm    tokens per minute, 0 = unlimited
 * @param budget hard spend limit, or null
 */
public record VirtualKey(String name, String keyHash, List<String> models, long rpm, long tpm, KeyBudget budget,
                         boolean enabled, Instant createdAt) {
    public VirtualKey {
        models = models == null ? List.of() : List.copyOf(models);
    }

    public boolean allows(String alias) {
        return models.isEmpty() || models.contains(alias);
    }
}
