package dev.gantry.core.audit;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Refuses text that looks like a credential, so that an audit record (kept forever, shown to admins) can never
 * hold one. A word counts as a credential when it starts with a known key prefix and has at least
 * {@value #MIN_SECRET_TAIL} more key characters: "sk-" / "sk_" (OpenAI, Anthropic "sk-ant-"), "gk-" (Gantry's
 * virtual keys, {@code KeyHashing.newSecret}) and "gk_", or follows "Bearer ".
 */
final class SecretGuard {
    static final int MIN_SECRET_TAIL = 8;
    private static final List<String> PREFIXES = List.of("sk-", "sk_", "gk-", "gk_");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s\"'=:,;()\\[\\]{}<>]+");
    private static final Pattern KEY_CHARS = Pattern.compile("[A-Za-z0-9_\\-.]+");

    private SecretGuard() {
    }

    static void check(String field, String value) {
        if (value.toLowerCase(Locale.ROOT).contains("bearer ") || containsKeyLikeWord(value)) {
            throw new IllegalArgumentException("audit event " + field + " looks like a secret (a word starting with "
                    + String.join(", ", PREFIXES) + " or 'Bearer '); audit records must never hold keys: "
                    + "record the key's name or the first 8 characters of its SHA-256 instead");
        }
    }

    private static boolean containsKeyLikeWord(String value) {
        for (String word : WORD_SEPARATORS.split(value)) {
            if (looksLikeKey(word)) return true;
        }
        return false;
    }

    private static boolean looksLikeKey(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String prefix : PREFIXES) {
            if (lower.startsWith(prefix) && word.length() >= prefix.length() + MIN_SECRET_TAIL
                    && KEY_CHARS.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }
}
