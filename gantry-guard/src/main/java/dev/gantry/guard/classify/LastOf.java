package dev.gantry.guard.classify;

import java.util.function.Function;

/**
 * The value computed for the last key, kept until another key (by identity) comes: the detectors of one chain see the
 * same text one after another, so each derivation of it (normalised, glossed) is computed once. Thread-safe: a race
 * computes a value twice, and never answers one key with another's value.
 */
public final class LastOf<K, V> {
    private record Entry<K, V>(K key, V value) {
    }

    private volatile Entry<K, V> last;

    public V get(K key, Function<K, V> compute) {
        Entry<K, V> entry = last;
        if (entry != null && entry.key() == key) return entry.value();
        V value = compute.apply(key);
        last = new Entry<>(key, value);
        return value;
    }
}
