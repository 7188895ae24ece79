package dev.gantry.guard.pii.entities;

import dev.gantry.guard.pii.EntityFeatures;
import dev.gantry.guard.pii.EntityTokenizer;
import dev.gantry.guard.pii.EntityTokenizer.Token;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import net.datafaker.Faker;

/**
 * Word lists shipped inside the model as dictionary features (case-insensitive): first names, last names and places
 * that Datafaker draws in the training locales only, so the held-out locales stay unseen. A listed token is a hint,
 * not a verdict: the model weighs it against the context.
 */
final class Gazetteers {
    static final int DRAWS_PER_LOCALE = 1_500;

    private Gazetteers() {}

    /**
     * List name ("first", "last", "place", in this order: the order gives each list its feature bit) to its entries,
     * each a token sequence of 1 to 4 tokens ({@link dev.gantry.guard.pii.EntityFeatures} matches them ignoring case).
     */
    static Map<String, Set<List<String>>> build(List<String> locales, long seed) {
        Map<String, Set<List<String>>> dictionaries = new LinkedHashMap<>();
        dictionaries.put("first", draw(locales, seed, f -> f.name().firstName()));
        dictionaries.put("last", draw(locales, seed + 1, f -> f.name().lastName()));
        dictionaries.put("place", draw(locales, seed + 2,
                f -> switch (f.random().nextInt(3)) {
                    case 0 -> f.address().city();
                    case 1 -> f.address().country();
                    default -> f.address().state();
                }));
        return dictionaries;
    }

    private static Set<List<String>> draw(List<String> locales, long seed, Function<Faker, String> value) {
        Set<List<String>> dictionary = new LinkedHashSet<>();
        Random random = new Random(seed);
        for (String locale : locales) {
            Faker faker = new Faker(Locale.forLanguageTag(locale), new Random(random.nextLong()));
            for (int i = 0; i < DRAWS_PER_LOCALE; i++) {
                List<String> tokens = EntityTokenizer.tokenize(value.apply(faker)).stream().map(Token::text).toList();
                if (!tokens.isEmpty() && tokens.size() <= EntityFeatures.GAZETTEER_MAX_TOKENS) dictionary.add(tokens);
            }
        }
        return dictionary;
    }
}
