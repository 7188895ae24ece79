package dev.gantry.guard.pii.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ordinary English sentences with a wide vocabulary: the quotes Datafaker ships (films, series, books), kept only
 * when no word inside them is capitalised, so none can hide an unlabelled name. They teach the model that a
 * capitalised first word, or an unknown lower-case word, is usually not an entity.
 */
final class Quotes {
    private static final List<String> FILES = List.of("quote", "yoda", "hitchhikers_guide_to_the_galaxy", "dune",
            "dr_who", "friends", "how_i_met_your_mother", "the_it_crowd", "rick_and_morty", "movie", "matz",
            "lebowski", "departed", "community", "big_bang_theory", "famous_last_words", "joke");
    private static final Pattern ITEM = Pattern.compile("^\\s*- \"(.{25,300})\"\\s*$");
    private static final Pattern INNER_CAPITAL = Pattern.compile("(?<![.!?:]\\s)(?<!^)\\b(?!I\\b|I'|OK\\b)\\p{Lu}");

    static final List<String> ALL = load();

    private Quotes() {}

    private static List<String> load() {
        Set<String> quotes = new LinkedHashSet<>();
        for (String file : FILES) {
            try (InputStream in = Quotes.class.getResourceAsStream("/en/" + file + ".yml")) {
                if (in == null) continue;
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .map(ITEM::matcher).filter(Matcher::matches).map(m -> m.group(1).replace("\\\"", "\""))
                        .filter(Quotes::hasNoInnerCapital).forEach(quotes::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ArrayList<>(quotes);
    }

    private static boolean hasNoInnerCapital(String quote) {
        return quote.split("\\s+").length >= 5 && !INNER_CAPITAL.matcher(quote).find();
    }
}
