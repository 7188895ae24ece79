package dev.gantry.guard.chain;

import dev.gantry.guard.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts values back in place of a vault's placeholders in text that arrives in pieces: a placeholder split
 * across deltas ({@code <EMAIL_} + {@code ADDRESS_1>}) is held until it is whole. The same machine serves
 * whole texts, so both give the same result. Holds at most {@code maxHeld} chars.
 */
final class PlaceholderRestorer {
    /** Text ready to go on, and where in it restored values are (their spans are the client's own data). */
    record Restored(String text, List<Span> values) {
    }

    private final PseudonymVault vault;
    private final int maxHeld;
    private final StringBuilder held = new StringBuilder();

    PlaceholderRestorer(PseudonymVault vault, int maxHeld) {
        this.vault = vault;
        this.maxHeld = maxHeld;
    }

    Restored feed(String delta) {
        if (vault.isEmpty()) return new Restored(delta, List.of());
        int limit = Math.min(maxHeld, vault.maxPlaceholderLength());
        StringBuilder out = new StringBuilder(delta.length() + held.length());
        List<Span> values = new ArrayList<>();
        for (int i = 0; i < delta.length(); i++) accept(delta.charAt(i), limit, out, values);
        return new Restored(out.toString(), values);
    }

    /** Whatever is held, as plain text: the stream ended inside something that looked like a placeholder. */
    Restored flush() {
        String rest = held.toString();
        held.setLength(0);
        return new Restored(rest, List.of());
    }

    int heldLength() {
        return held.length();
    }

    static boolean isLabelChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private void accept(char c, int limit, StringBuilder out, List<Span> values) {
        if (held.isEmpty()) {
            if (c == '<') held.append(c);
            else out.append(c);
        } else if (c == '>' && held.length() + 1 <= limit) {
            held.append(c);
            close(out, values);
        } else if (isLabelChar(c) && held.length() + 1 < limit) {
            held.append(c);
        } else {
            out.append(held);
            held.setLength(0);
            accept(c, limit, out, values);
        }
    }

    private void close(StringBuilder out, List<Span> values) {
        String candidate = held.toString();
        held.setLength(0);
        String value = vault.valueOf(candidate).orElse(null);
        if (value == null) {
            out.append(candidate);
            return;
        }
        values.add(new Span(out.length(), out.length() + value.length()));
        out.append(value);
    }
}
