package dev.gantry.guard.pii;

import java.util.regex.Pattern;

/** One known credential format: a name safe to show and the pattern of the whole credential. */
record SecretRule(String name, Pattern pattern) {
    static SecretRule of(String name, String regex) {
        // Credentials are delimited by anything that cannot be part of a token.
        return new SecretRule(name, Pattern.compile("(?<![A-Za-z0-9_-])" + regex + "(?![A-Za-z0-9_-])"));
    }
}
