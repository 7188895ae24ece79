package dev.gantry.guard.chain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The placeholders of one request and the values they stand for: the provider sees {@code <EMAIL_ADDRESS_1>},
 * the client gets the value back. The same value of the same type always gets the same placeholder, so the
 * model can still tell two people apart. Lives as long as the request; never log or persist it.
 */
public final class PseudonymVault {
    private final Map<String, String> placeholderByKey = new HashMap<>();
    private final Map<String, String> valueByPlaceholder = new HashMap<>();
    private final Map<String, Integer> countByType = new HashMap<>();
    private int maxPlaceholderLength;

    /** The placeholder for {@code value}, made on first sight. */
    public synchronized String placeholderFor(String type, String value) {
        String label = label(type);
        return placeholderByKey.computeIfAbsent(label + '\u0000' + value, key -> {
            int n = countByType.merge(label, 1, Integer::sum);
            String placeholder = "<" + label + "_" + n + ">";
            valueByPlaceholder.put(placeholder, value);
            maxPlaceholderLength = Math.max(maxPlaceholderLength, placeholder.length());
            return placeholder;
        });
    }

    /** The value behind a placeholder made by this vault. */
    public synchronized Optional<String> valueOf(String placeholder) {
        return Optional.ofNullable(valueByPlaceholder.get(placeholder));
    }

    public synchronized boolean isEmpty() {
        return valueByPlaceholder.isEmpty();
    }

    public synchronized int size() {
        return valueByPlaceholder.size();
    }

    /** Length of the longest placeholder made so far: how much a stream must hold to see one whole. */
    public synchronized int maxPlaceholderLength() {
        return maxPlaceholderLength;
    }

    /** {@code text} with every placeholder of this vault replaced by its value; other text untouched. */
    public String restore(String text) {
        PlaceholderRestorer restorer = new PlaceholderRestorer(this, Integer.MAX_VALUE);
        return restorer.feed(text).text() + restorer.flush().text();
    }

    /** A type as placeholder chars: upper-case letters, digits and '_'. */
    static String label(String type) {
        StringBuilder b = new StringBuilder(type.length());
        for (char c : type.toUpperCase(Locale.ROOT).toCharArray()) b.append(PlaceholderRestorer.isLabelChar(c) ? c : '_');
        return b.isEmpty() ? "VALUE" : b.toString();
    }

    @Override
    public String toString() {
        return "PseudonymVault[" + size() + " values]";
    }
}
