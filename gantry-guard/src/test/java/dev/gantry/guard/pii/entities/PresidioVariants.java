package dev.gantry.guard.pii.entities;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.guard.eval.GoldSpan;
import dev.gantry.guard.eval.LabeledText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Training sentences made from a Presidio-format development file: each row's contexts are kept, its PERSON, place
 * (GPE/LOCATION) and ORGANIZATION values are replaced by fresh Datafaker values of the same shape (one word, a name
 * with a middle initial, a state abbreviation, lower case...), so the model learns the contexts such data puts names
 * in, not the names it holds. Rows without those types are kept as they are (they teach what is not a name). Other
 * labelled types stay in the text unlabelled, as the model never reports them.
 */
final class PresidioVariants {
    private static final Map<String, String> TYPES = Map.of("PERSON", "PERSON", "GPE", "LOCATION",
            "LOCATION", "LOCATION", "ORGANIZATION", "ORGANIZATION");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");
    private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}{2,3}");

    /** English country names as the JDK knows them, lower-cased, to tell countries from towns in the gold values. */
    private static final Set<String> COUNTRIES = Arrays.stream(Locale.getISOCountries())
            .map(code -> Locale.of("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    /** One development row: its template (rows of one template share their contexts) and its entity spans. */
    record Row(int template, LabeledText text) {}

    private final Random random;
    private final List<String> locales;
    private final Map<String, EntityValues> valuesByLocale = new HashMap<>();

    PresidioVariants(long seed, List<String> locales) {
        this.random = new Random(seed);
        this.locales = locales;
    }

    /** The rows of {@code file} with only the entity types of the model, outermost span first where they nest. */
    static List<Row> read(Path file) throws IOException {
        List<Sample> samples = new ObjectMapper().readValue(file.toFile(), new TypeReference<>() {});
        return samples.stream().map(Sample::toRow).toList();
    }

    /**
     * {@code perRow} variants of every row; a row without an entity is repeated as it is, so the contexts that hold
     * no name (an address written as one block, say) weigh as much as those that do.
     */
    List<LabeledText> variants(List<Row> rows, int perRow) {
        List<LabeledText> out = new ArrayList<>();
        for (Row row : rows) {
            for (int i = 0; i < perRow; i++) out.add(row.text().spans().isEmpty() ? row.text() : vary(row.text()));
        }
        return out;
    }

    private LabeledText vary(LabeledText row) {
        EntityValues values = valuesByLocale.computeIfAbsent(locales.get(random.nextInt(locales.size())),
                locale -> new EntityValues(locale, new Random(random.nextLong())));
        StringBuilder text = new StringBuilder();
        List<GoldSpan> spans = new ArrayList<>();
        int last = 0;
        for (GoldSpan span : row.spans()) {
            text.append(row.text(), last, span.start());
            String value = sameShape(row.text().substring(span.start(), span.end()), span.type(), values);
            spans.add(new GoldSpan(span.type(), text.length(), text.length() + value.length()));
            text.append(value);
            last = span.end();
        }
        text.append(row.text().substring(last));
        return new LabeledText(text.toString(), spans);
    }

    private String sameShape(String gold, String type, EntityValues values) {
        String[] words = gold.strip().split("\\s+");
        String value = switch (type) {
            case "PERSON" -> person(words, values);
            case "LOCATION" -> values.value(place(gold));
            default -> values.value(words.length == 1 ? "O1" : "O");
        };
        value = value.strip();
        if (gold.equals(gold.toLowerCase(Locale.ROOT))) return value.toLowerCase(Locale.ROOT);
        if (gold.length() > 3 && gold.equals(gold.toUpperCase(Locale.ROOT))) return value.toUpperCase(Locale.ROOT);
        return value;
    }

    /** A country for a country, a state abbreviation for one, otherwise a city or a region. */
    private String place(String gold) {
        if (ABBREVIATION.matcher(gold).matches()) return "SA";
        if (COUNTRIES.contains(gold.toLowerCase(Locale.ROOT))) return "CO";
        return random.nextInt(4) == 0 ? "S" : "C";
    }

    private String person(String[] words, EntityValues values) {
        for (String word : words) {
            if (INITIAL.matcher(word).matches()) {
                String name = values.value("PM");
                return word.endsWith(".") ? name : name.replace(". ", " ");
            }
        }
        return switch (words.length) {
            case 1 -> values.value(random.nextBoolean() ? "F" : "L");
            case 2 -> values.value("P");
            default -> values.value("PF");
        };
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Sample(@JsonProperty("full_text") String fullText, @JsonProperty("template_id") int template,
                          @JsonProperty("spans") List<Span> spans) {
        Row toRow() {
            List<GoldSpan> kept = new ArrayList<>();
            spans.stream()
                    .filter(s -> TYPES.containsKey(s.type()))
                    .sorted(Comparator.comparingInt(Span::start).thenComparingInt(s -> -s.end()))
                    .forEach(s -> {
                        if (kept.isEmpty() || s.start() >= kept.get(kept.size() - 1).end()) {
                            kept.add(new GoldSpan(TYPES.get(s.type()), s.start(), s.end()));
                        }
                    });
            return new Row(template, new LabeledText(fullText, kept));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Span(@JsonProperty("entity_type") String type, @JsonProperty("start_position") int start,
                        @JsonProperty("end_position") int end) {}
}
