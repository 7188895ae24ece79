package dev.gantry.guard.pii.entities;

import dev.gantry.guard.eval.GoldSpan;
import dev.gantry.guard.eval.LabeledText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills templates with Datafaker values and records where each labelled value landed. Deterministic for a seed.
 * Some sentences are lower- or upper-cased, lose their final punctuation, or are joined in pairs, as chat text is.
 */
final class SyntheticEntitySentences {
    /** Locales for training: English variants, major European languages, two non-Latin scripts. */
    static final List<String> TRAINING_LOCALES = List.of("en", "en-US", "en-GB", "en-AU", "en-IN", "en-NG", "en-ZA",
            "de", "fr", "es", "it", "nl", "pt-BR", "sv", "pl", "ru", "el-GR", "de-CH", "fr-CA");
    /** Locales for the held-out check only. */
    static final List<String> HELD_OUT_LOCALES = List.of("fi-FI", "da-DK", "nb-NO", "tr", "cs", "hu", "en-CA",
            "en-NZ", "en-IE", "es-MX", "hr", "id-ID", "sk", "en-PH");
    private static final Pattern SLOT = Pattern.compile("\\{([A-Z]+)}");

    private final Random random;
    private final List<String> locales;
    private final Map<String, EntityValues> valuesByLocale = new HashMap<>();

    SyntheticEntitySentences(long seed, List<String> locales) {
        this.random = new Random(seed);
        this.locales = locales;
    }

    /** {@code count} sentences, a share {@code negativeShare} of them from {@code negatives}. */
    List<LabeledText> generate(int count, List<String> positives, List<String> negatives, double negativeShare) {
        List<LabeledText> out = new ArrayList<>(count);
        while (out.size() < count) {
            List<String> pool = random.nextDouble() < negativeShare ? negatives : positives;
            LabeledText sentence = fill(pool.get(random.nextInt(pool.size())));
            if (random.nextDouble() < 0.12) sentence = join(sentence, fill(positives.get(random.nextInt(positives.size()))));
            out.add(vary(sentence));
        }
        return out;
    }

    LabeledText fill(String template) {
        EntityValues values = valuesByLocale.computeIfAbsent(locales.get(random.nextInt(locales.size())),
                locale -> new EntityValues(locale, new Random(random.nextLong())));
        StringBuilder text = new StringBuilder();
        List<GoldSpan> spans = new ArrayList<>();
        Matcher m = SLOT.matcher(template);
        int last = 0;
        while (m.find()) {
            text.append(template, last, m.start());
            String value = values.value(m.group(1)).strip();
            String type = EntityValues.typeOf(m.group(1));
            if (type != null) spans.add(new GoldSpan(type, text.length(), text.length() + value.length()));
            text.append(value);
            last = m.end();
        }
        text.append(template.substring(last));
        return new LabeledText(text.toString(), spans);
    }

    private static LabeledText join(LabeledText first, LabeledText second) {
        int shift = first.text().length() + 1;
        List<GoldSpan> spans = new ArrayList<>(first.spans());
        second.spans().forEach(s -> spans.add(new GoldSpan(s.type(), s.start() + shift, s.end() + shift)));
        return new LabeledText(first.text() + " " + second.text(), spans);
    }

    /** Case and punctuation variants; spans keep their offsets (case mapping is length-preserving here). */
    private LabeledText vary(LabeledText sentence) {
        double r = random.nextDouble();
        String text = sentence.text();
        String varied = r < 0.03 ? text.toLowerCase(Locale.ROOT) : r < 0.05 ? text.toUpperCase(Locale.ROOT) : text;
        if (varied.length() != text.length()) varied = text; // e.g. German sharp s grows when upper-cased
        if (random.nextDouble() < 0.1 && varied.endsWith(".") && !endsInsideSpan(sentence)) {
            varied = varied.substring(0, varied.length() - 1);
        }
        return new LabeledText(varied, sentence.spans());
    }

    private static boolean endsInsideSpan(LabeledText sentence) {
        int end = sentence.text().length();
        return sentence.spans().stream().anyMatch(s -> s.end() >= end);
    }
}
