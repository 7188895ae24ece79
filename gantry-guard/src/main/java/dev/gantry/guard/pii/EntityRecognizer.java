package dev.gantry.guard.pii;

import dev.gantry.guard.Finding;
import dev.gantry.guard.pii.EntityTokenizer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Person names, locations and organisations by a maxent tagger ({@link EntityModel}, {@link EntityDecoder}), sentence
 * by sentence. Scores are the model's span probability scaled by {@value #SCORE_SCALE}, so a checksum- or
 * pattern-validated finding (card, e-mail) wins an overlap against a name read into the same characters.
 */
final class EntityRecognizer implements Recognizer {
    static final double SCORE_SCALE = 0.85;

    private final Supplier<EntityTaggerModel> model;
    /** Made on the first scan; two threads racing there each make one and keep whichever is stored last: harmless. */
    private volatile EntityDecoder decoder;

    /** Uses the shipped model, loaded on the first scan. */
    EntityRecognizer() {
        this(EntityModel::get);
    }

    /** Uses {@code model} (tests and training experiments). */
    EntityRecognizer(Supplier<EntityTaggerModel> model) {
        this.model = model;
    }

    @Override
    public Set<String> types() {
        return PiiTypes.NAMED_ENTITIES;
    }

    @Override
    public List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        List<Token> tokens = EntityTokenizer.shared(text);
        if (tokens.isEmpty()) return found;
        EntityDecoder decoder = decoder();
        List<List<Token>> sentences = EntitySentences.split(text, tokens);
        int[] layouts = EntityLayout.codes(text, sentences);
        for (int k = 0; k < sentences.size(); k++) find(decoder, sentences.get(k), layouts[k], found);
        return found;
    }

    private EntityDecoder decoder() {
        EntityDecoder d = decoder;
        if (d == null) decoder = d = new EntityDecoder(model.get());
        return d;
    }

    private static void find(EntityDecoder decoder, List<Token> sentence, int layout, List<Finding> found) {
        for (EntitySpan span : InitialJoiner.join(sentence, decoder.decode(sentence, layout))) {
            String type = span.type();
            int[] range = EntitySpanTrimmer.trim(sentence, span.start(), span.end());
            if (!PiiTypes.NAMED_ENTITIES.contains(type) || range == null) continue;
            int start = sentence.get(range[0]).start();
            int end = sentence.get(range[1] - 1).end();
            found.add(new Finding(type, start, end, SCORE_SCALE * span.probability(),
                    "name model (" + type.toLowerCase(Locale.ROOT) + ")"));
        }
    }
}
