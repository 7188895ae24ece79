package dev.gantry.http.helidon;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.net.URI;

/**
 * Checks request headers before a connection is taken: Helidon validates them only while writing, with an
 * IllegalArgumentException that would read as a connection failure and leave that connection neither
 * pooled nor closed. Messages name the header, never its value (it may be a key).
 */
final class HeaderRules {
    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

    private HeaderRules() {
    }

    /** @return the value without leading and trailing spaces or tabs, which are not part of it (RFC 9110) */
    static String checked(URI uri, String name, String value) {
        if (!isToken(name)) {
            throw invalid(uri, "header name '" + printable(name) + "' is not a valid HTTP token");
        }
        String trimmed = value == null ? "" : value.strip();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if ((c < 0x20 && c != '\t') || c >= 0x7f) {
                throw invalid(uri, "header '" + name + "' has a value with a line break, control or non-ASCII "
                        + "character");
            }
        }
        return trimmed;
    }

    private static boolean isToken(String name) {
        if (name == null || name.isEmpty()) return false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alnum && TOKEN_SYMBOLS.indexOf(c) < 0) return false;
        }
        return true;
    }

    private static String printable(String name) {
        if (name == null) return "null";
        return name.codePoints().allMatch(c -> c >= 0x20 && c < 0x7f) ? name : "(with unprintable characters)";
    }

    private static GantryException invalid(URI uri, String what) {
        return new GantryException(ErrorKind.INTERNAL, "request to " + Endpoints.hostPort(uri) + " not sent: " + what
                + "; fix the configured or forwarded header");
    }
}
