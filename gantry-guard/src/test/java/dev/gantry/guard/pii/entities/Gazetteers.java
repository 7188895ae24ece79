package dev.gantry.guard.pii.entities;

import dev.gantry.guard.pii.EntityTokenizer;
import dev.gantry.guard.pii.EntityTokenizer.Token;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import net.datafaker.Faker;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;

/**
 * Word lists shipped inside the model as dictionary features (case-insensitive): first names, last names and places
 * that Datafaker draws in the training locales only, so the held-out locales stay unseen. A listed token is a hint,
 * not a verdict: the model weighs it against the context.
 */
final class Gazetteers {
    static final int DRAWS_PER_LOCALE = 1_500;

    private Gazetteers() {}

    /** Resource name (as the feature descriptor names it) to dictionary. */
    static Map<String, Object> build(List<String> locales, long seed) {
        Map<String, Object> dictionaries = new LinkedHashMap<>();
        dictionaries.put("first.dictionary", draw(locales, seed, f -> f.name().firstName()));
        dictionaries.put("last.dictionary", draw(locales, seed + 1, f -> f.name().lastName()));
        dictionaries.put("place.dictionary", draw(locales, seed + 2,
                f -> switch (f.random().nextInt(3)) {
                    case 0 -> f.address().city();
                    case 1 -> f.address().country();
                    default -> f.address().state();
                }));
        return dictionaries;
    }

    private static Dictionary draw(List<String> locales, long seed, Function<Faker, String> value) {
        Dictionary dictionary = new Dictionary(false);
        Random random = new Random(seed);
        for (String locale : locales) {
            Faker faker = new Faker(Locale.forLanguageTag(locale), new Random(random.nextLong()));
            for (int i = 0; i < DRAWS_PER_LOCALE; i++) {
                String[] tokens = EntityTokenizer.tokenize(value.apply(faker)).stream().map(Token::text)
                        .toArray(String[]::new);
                if (tokens.length > 0 && tokens.length <= 4) dictionary.put(new StringList(tokens));
            }
        }
        return dictionary;
    }
}
