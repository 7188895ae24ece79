package dev.gantry.guard.pii;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One known credential format: a name safe to show, the pattern of the whole credential, and literal prefixes one of
 * which starts every match (so that the pattern is not run over texts that hold none of them).
 */
record SecretRule(String name, Pattern pattern, List<String> prefixes) {
    static SecretRule of(String name, String regex, String... prefixes) {
        // Credentials are delimited by anything that cannot be part of a token.
        return new SecretRule(name, Pattern.compile("(?<![A-Za-z0-9_-])" + regex + "(?![A-Za-z0-9_-])"),
                List.of(prefixes));
    }

    /** Whether the text holds one of the prefixes, without which the pattern cannot match. */
    boolean mayOccurIn(String text) {
        for (String prefix : prefixes) if (text.contains(prefix)) return true;
        return false;
    }
}
