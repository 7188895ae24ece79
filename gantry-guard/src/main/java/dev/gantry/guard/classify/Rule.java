package dev.gantry.guard.classify;

import java.util.regex.Pattern;

/**
 * A regex on normalised text with how much a match alone is worth.
 *
 * @param label    what the rule recognises, used in reasons and finding types (never the matched text)
 * @param language ISO code of the language the pattern is written for, or {@code any}
 * @param score    confidence a match gives on its own, in [0, 1]
 */
public record Rule(String label, String language, Pattern pattern, double score) {
    public static Rule of(String label, String language, double score, String regex) {
        return new Rule(label, language, Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS), score);
    }

    public boolean matches(String normalized) {
        return pattern.matcher(normalized).find();
    }

    public String reason() {
        return "rule: " + label + " (" + language + ")";
    }
}
