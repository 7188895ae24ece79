package dev.gantry.guard.pii;

import dev.gantry.guard.Finding;
import dev.gantry.guard.pii.EntityTokenizer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Person names, locations and organisations by a statistical name finder ({@link EntityModel}), sentence by sentence.
 * Scores are the model's span probability scaled by {@value #SCORE_SCALE}, so a checksum- or pattern-validated
 * finding (card, e-mail) wins an overlap against a name read into the same characters.
 */
final class EntityRecognizer implements Recognizer {
    static final double SCORE_SCALE = 0.85;
    private static final Map<String, String> MODEL_TYPES = Map.of(
            "person", PiiTypes.PERSON, "location", PiiTypes.LOCATION, "organization", PiiTypes.ORGANIZATION);

    /** NameFinderME keeps decoding state (beam, adaptive features): one per thread, over the one shared model. */
    private final ThreadLocal<NameFinderME> finder;

    /** Uses the shipped model, loaded on the first scan. */
    EntityRecognizer() {
        this(EntityModel::get);
    }

    /** Uses {@code model} (tests and training experiments). */
    EntityRecognizer(Supplier<TokenNameFinderModel> model) {
        this.finder = ThreadLocal.withInitial(() -> new NameFinderME(model.get()));
    }

    @Override
    public Set<String> types() {
        return Set.copyOf(MODEL_TYPES.values());
    }

    @Override
    public List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        List<Token> tokens = EntityTokenizer.tokenize(text);
        if (tokens.isEmpty()) return found;
        NameFinderME finder = this.finder.get();
        try {
            for (List<Token> sentence : EntitySentences.split(text, tokens)) found.addAll(find(finder, sentence));
        } finally {
            finder.clearAdaptiveData();
        }
        return found;
    }

    private static List<Finding> find(NameFinderME finder, List<Token> sentence) {
        String[] words = sentence.stream().map(Token::text).toArray(String[]::new);
        Span[] found0 = finder.find(words);
        double[] probs0 = finder.probs(found0);
        Span[] spans = InitialJoiner.join(words, found0);
        double[] probs = InitialJoiner.joinProbs(found0, probs0, spans);
        List<Finding> found = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            String type = MODEL_TYPES.get(spans[i].getType());
            int[] range = EntitySpanTrimmer.trim(sentence, spans[i].getStart(), spans[i].getEnd());
            if (type == null || range == null) continue;
            int start = sentence.get(range[0]).start();
            int end = sentence.get(range[1] - 1).end();
            found.add(new Finding(type, start, end, SCORE_SCALE * probs[i], "name model (" + type.toLowerCase(java.util.Locale.ROOT) + ")"));
        }
        return found;
    }
}
