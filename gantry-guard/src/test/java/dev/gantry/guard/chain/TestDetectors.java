package dev.gantry.guard.chain;

import dev.gantry.guard.Detector;
import dev.gantry.guard.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tiny detectors for the chain's tests, so they do not depend on the real PII detectors. */
final class TestDetectors {
    /** Starts only at a word boundary (the look-behind), so a megabyte of letters stays linear. */
    static final String EMAIL_REGEX = "(?<![\\w.+-])[\\w.+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+";
    static final String CARD_REGEX = "(?<!\\d)4\\d{3}(?: ?\\d{4}){3}(?!\\d)";

    private TestDetectors() {
    }

    static Detector email() {
        return regex("email", "EMAIL_ADDRESS", EMAIL_REGEX, 0.9);
    }

    static Detector card() {
        return regex("card", "CREDIT_CARD", CARD_REGEX, 0.95);
    }

    static Detector regex(String name, String type, String regex, double score) {
        return new RegexDetector(name, type, Pattern.compile(regex), score, "matched the " + name + " pattern");
    }

    /** A careless detector whose reason quotes the value it matched. */
    static Detector leaky(String name, String type, String regex) {
        return new RegexDetector(name, type, Pattern.compile(regex), 0.9, null);
    }

    static Detector throwing(String name) {
        return new Detector() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Finding> scan(String text) {
                throw new IllegalStateException("cannot parse: " + text);
            }
        };
    }

    /** {@code reason} null: the reason quotes the matched text. */
    record RegexDetector(String name, String type, Pattern pattern, double score, String reason) implements Detector {
        @Override
        public List<Finding> scan(String text) {
            List<Finding> found = new ArrayList<>();
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                String why = reason != null ? reason : "matched '" + m.group() + "'";
                found.add(new Finding(type, m.start(), m.end(), score, why));
            }
            return found;
        }
    }
}
