package dev.gantry.guard.pii.entities;

import dev.gantry.guard.eval.GoldSpan;
import dev.gantry.guard.eval.LabeledText;
import dev.gantry.guard.pii.EntitySentences;
import dev.gantry.guard.pii.EntityTokenizer;
import dev.gantry.guard.pii.EntityTokenizer.Token;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the shipped entity model {@code src/main/resources/guard/entities-en.bin} on synthetic sentences
 * ({@link TrainingTemplates} x Datafaker values in {@link SyntheticEntitySentences#TRAINING_LOCALES}). Deterministic
 * data (fixed seed); the perceptron trainer is deterministic too. Regenerate from the repository root after a build:
 * <pre>java -cp "gantry-guard/target/test-classes:gantry-guard/target/classes:$(cat /tmp/guard-cp.txt)" \
 *   dev.gantry.guard.pii.entities.EntityModelTrainer gantry-guard/src/main/resources/guard/entities-en.bin</pre>
 * where {@code /tmp/guard-cp.txt} comes from
 * {@code ./mvnw -q -o -pl gantry-guard dependency:build-classpath -Dmdep.outputFile=/tmp/guard-cp.txt}.
 */
public final class EntityModelTrainer {
    static final long SEED = 20261207L;
    static final int SENTENCES = 40_000;
    static final double NEGATIVE_SHARE = 0.35;
    /** Chosen by measurement (docs/decisions.md): maxent beat the perceptron on names by 0.1 F1. */
    static final String ALGORITHM = "MAXENT";
    static final int ITERATIONS = 100;
    static final int CUTOFF = 2;

    /**
     * Token class and lower-cased token (window of 2), prefixes/suffixes, gazetteer hits (window of 1), bigrams,
     * sentence start, earlier decisions in the same text.
     */
    private static final String FEATURES = """
            <featureGenerators cache="true" name="nameFinder">
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">2</int><int name="nextLength">2</int>
                <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
              </generator>
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">2</int><int name="nextLength">2</int>
                <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory">
                  <bool name="lowercase">true</bool>
                </generator>
              </generator>
              <generator class="opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">1</int><int name="nextLength">1</int>
                <generator class="opennlp.tools.util.featuregen.AggregatedFeatureGeneratorFactory">
                  <generator class="opennlp.tools.util.featuregen.DictionaryFeatureGeneratorFactory">
                    <str name="dict">first.dictionary</str><str name="prefix">first</str>
                  </generator>
                  <generator class="opennlp.tools.util.featuregen.DictionaryFeatureGeneratorFactory">
                    <str name="dict">last.dictionary</str><str name="prefix">last</str>
                  </generator>
                  <generator class="opennlp.tools.util.featuregen.DictionaryFeatureGeneratorFactory">
                    <str name="dict">place.dictionary</str><str name="prefix">place</str>
                  </generator>
                </generator>
              </generator>
              <generator class="opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory">
                <bool name="begin">true</bool><bool name="end">false</bool>
              </generator>
            </featureGenerators>
            """;

    public static void main(String[] args) throws IOException {
        String algorithm = args.length > 1 ? args[1] : ALGORITHM;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : ITERATIONS;
        TokenNameFinderModel model = train(trainingSentences(), algorithm, iterations, CUTOFF);
        try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            model.serialize(out);
        }
        System.out.println("wrote " + args[0] + " (" + Files.size(Path.of(args[0])) + " bytes)");
    }

    static List<LabeledText> trainingSentences() {
        List<String> positives = new ArrayList<>(TrainingTemplates.ENGLISH);
        positives.addAll(TrainingTemplates.OTHER_LANGUAGES);
        List<String> negatives = new ArrayList<>(TrainingTemplates.NO_ENTITIES);
        negatives.addAll(Collections.nCopies(TrainingTemplates.NO_ENTITIES.size(), "{Q}")); // half: ordinary prose
        return new SyntheticEntitySentences(SEED, SyntheticEntitySentences.TRAINING_LOCALES)
                .generate(SENTENCES, positives, negatives, NEGATIVE_SHARE);
    }

    static TokenNameFinderModel train(List<LabeledText> sentences, String algorithm, int iterations, int cutoff)
            throws IOException {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        Map<String, Object> gazetteers = Gazetteers.build(SyntheticEntitySentences.TRAINING_LOCALES, SEED);
        TokenNameFinderFactory factory =
                new TokenNameFinderFactory(FEATURES.getBytes(StandardCharsets.UTF_8), gazetteers, new BioCodec());
        return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(toNameSamples(sentences)),
                params, factory);
    }

    /** Tokenizes and cuts as the recognizer does; a sentence with a span off token boundaries is left out. */
    static List<NameSample> toNameSamples(List<LabeledText> texts) {
        List<NameSample> samples = new ArrayList<>();
        for (LabeledText text : texts) {
            List<Token> tokens = EntityTokenizer.tokenize(text.text());
            if (tokens.isEmpty()) continue;
            for (List<Token> sentence : EntitySentences.split(text.text(), tokens)) {
                Span[] names = names(sentence, text.spans());
                String[] words = sentence.stream().map(Token::text).toArray(String[]::new);
                if (names != null) samples.add(new NameSample(words, names, true));
            }
        }
        return samples;
    }

    /** The gold spans inside {@code sentence} as token spans, or null when one does not fall on token boundaries. */
    private static Span[] names(List<Token> sentence, List<GoldSpan> spans) {
        int from = sentence.get(0).start();
        int to = sentence.get(sentence.size() - 1).end();
        List<Span> names = new ArrayList<>();
        for (GoldSpan gold : spans) {
            if (gold.end() <= from || gold.start() >= to) continue;
            int first = tokenStartingAt(sentence, gold.start());
            int last = tokenEndingAt(sentence, gold.end());
            if (first < 0 || last < first) return null;
            names.add(new Span(first, last + 1, modelType(gold.type())));
        }
        return names.toArray(Span[]::new);
    }

    private static String modelType(String type) {
        return type.toLowerCase(Locale.ROOT);
    }

    private static int tokenStartingAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).start() == offset) return i;
        return -1;
    }

    private static int tokenEndingAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).end() == offset) return i;
        return -1;
    }
}
