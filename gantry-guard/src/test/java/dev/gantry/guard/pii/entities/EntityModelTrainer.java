package dev.gantry.guard.pii.entities;

import dev.gantry.guard.eval.GoldSpan;
import dev.gantry.guard.eval.LabeledText;
import dev.gantry.guard.pii.EntityFeatures;
import dev.gantry.guard.pii.EntityModelFile;
import dev.gantry.guard.pii.EntityLayout;
import dev.gantry.guard.pii.EntityModels;
import dev.gantry.guard.pii.EntitySentences;
import dev.gantry.guard.pii.EntityTaggerModel;
import dev.gantry.guard.pii.EntityTokenizer;
import dev.gantry.guard.pii.EntityTokenizer.Token;
import dev.gantry.guard.pii.entities.EntityEvents.TaggedSentence;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the shipped entity model {@code src/main/resources/guard/entities-en.bin} on synthetic sentences
 * ({@link TrainingTemplates} x Datafaker values in {@link SyntheticEntitySentences#TRAINING_LOCALES}) and on
 * {@link PresidioVariants} of the development file (its contexts with fresh values). Features come from
 * {@link EntityFeatures} ({@link EntityEvents}); OpenNLP's maxent trainer (L-BFGS) fits the weights, which
 * {@link EntityModels#fromMaxent} copies into the compact {@link EntityTaggerModel}. Deterministic data (fixed seeds).
 * Regenerate from the repository root after a build (about 9 minutes on 2 cores):
 * <pre>java -cp "gantry-guard/target/test-classes:gantry-guard/target/classes:$(cat /tmp/guard-cp.txt)" \
 *   dev.gantry.guard.pii.entities.EntityModelTrainer gantry-guard/src/main/resources/guard/entities-en.bin</pre>
 * where {@code /tmp/guard-cp.txt} comes from
 * {@code ./mvnw -q -o -pl gantry-guard dependency:build-classpath -Dmdep.outputFile=/tmp/guard-cp.txt}.
 */
public final class EntityModelTrainer {
    static final long SEED = 20261207L;
    static final int SENTENCES = 40_000;
    static final double NEGATIVE_SHARE = 0.35;
    /**
     * Maxent fitted by L-BFGS with OpenNLP's default L1/L2 costs: GIS (100 iterations) underfit badly, two-fold
     * cross-validated PERSON F1 0.88 against 0.92, ORGANIZATION 0.51 against 0.61 (docs/decisions.md, 12).
     */
    static final String ALGORITHM = "MAXENT_QN";
    static final int ITERATIONS = 100;
    /**
     * A feature seen fewer times is dropped. With GIS 4 beat 1-3 on the held-out set; with L-BFGS's regularisation
     * and the dev contexts, 2 beat 4 in cross-validation (ORGANIZATION F1 0.61 against 0.51).
     */
    static final int CUTOFF = 2;

    static final int VARIANTS = EntityFeatures.DEFAULT_VARIANTS;
    /** The development file whose contexts the shipped model learns (its values replaced), from the repository root. */
    static final String DEV_FILE = "../shared/data/pii/pii-dev.json";
    static final int COPIES_PER_DEV_ROW = 30;

    /**
     * Args: OUT.bin [DEV.json | none] [algorithm] [iterations] [cutoff] [feature variants, a bit set of
     * EntityFeatures' variants]. DEV.json (default {@value #DEV_FILE}) adds {@value #COPIES_PER_DEV_ROW}
     * {@link PresidioVariants} of each of its rows.
     */
    public static void main(String[] args) throws IOException {
        String dev = args.length > 1 ? args[1] : DEV_FILE;
        String algorithm = args.length > 2 ? args[2] : ALGORITHM;
        int iterations = args.length > 3 ? Integer.parseInt(args[3]) : ITERATIONS;
        int cutoff = args.length > 4 ? Integer.parseInt(args[4]) : CUTOFF;
        int variants = args.length > 5 ? Integer.parseInt(args[5]) : VARIANTS;
        List<LabeledText> sentences = dev.equals("none") ? trainingSentences() : trainingSentences(Path.of(dev));
        EntityTaggerModel model = train(sentences, algorithm, iterations, cutoff, variants);
        try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            EntityModelFile.write(model, out);
        }
        System.out.println("wrote " + args[0] + " (" + Files.size(Path.of(args[0])) + " bytes)");
    }

    /** The synthetic sentences and {@value #COPIES_PER_DEV_ROW} variants of each row of {@code dev}. */
    static List<LabeledText> trainingSentences(Path dev) throws IOException {
        return withVariants(PresidioVariants.read(dev), SEED);
    }

    /** The synthetic sentences and {@value #COPIES_PER_DEV_ROW} (or -Dcopies) variants of each of {@code rows}. */
    static List<LabeledText> withVariants(List<PresidioVariants.Row> rows, long seed) {
        List<LabeledText> sentences = new ArrayList<>(trainingSentences());
        sentences.addAll(new PresidioVariants(seed, SyntheticEntitySentences.TRAINING_LOCALES)
                .variants(rows, Integer.getInteger("copies", COPIES_PER_DEV_ROW)));
        return sentences;
    }

    static List<LabeledText> trainingSentences() {
        List<String> positives = new ArrayList<>(TrainingTemplates.ENGLISH);
        positives.addAll(TrainingTemplates.OTHER_LANGUAGES);
        List<String> negatives = new ArrayList<>(TrainingTemplates.NO_ENTITIES);
        negatives.addAll(Collections.nCopies(TrainingTemplates.NO_ENTITIES.size(), "{Q}")); // half: ordinary prose
        return new SyntheticEntitySentences(SEED, SyntheticEntitySentences.TRAINING_LOCALES)
                .generate(SENTENCES, positives, negatives, NEGATIVE_SHARE);
    }

    static EntityTaggerModel train(List<LabeledText> sentences, String algorithm, int iterations, int cutoff,
            int variants) throws IOException {
        EntityFeatures features = features(variants);
        return EntityModels.fromMaxent(trainMaxent(tag(sentences), algorithm, iterations, cutoff, features), features);
    }

    /** OpenNLP's model over {@code features}' events of {@code tagged}. */
    static MaxentModel trainMaxent(List<TaggedSentence> tagged, String algorithm, int iterations, int cutoff,
            EntityFeatures features) throws IOException {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put("Threads", Runtime.getRuntime().availableProcessors()); // L-BFGS gradients in parallel
        return TrainerFactory.getEventTrainer(params, null).train(new EntityEvents(features, tagged));
    }

    /** The feature set with the gazetteers of {@link Gazetteers#build}, each list one bit. */
    static EntityFeatures features(int variants) {
        Map<Long, Integer> lists = new LinkedHashMap<>();
        int bit = 0;
        for (Set<List<String>> list : Gazetteers.build(SyntheticEntitySentences.TRAINING_LOCALES, SEED).values()) {
            for (List<String> entry : list) lists.merge(EntityFeatures.gazetteerKey(entry), 1 << bit, (a, b) -> a | b);
            bit++;
        }
        long[] keys = lists.keySet().stream().mapToLong(Long::longValue).toArray();
        int[] flags = lists.values().stream().mapToInt(Integer::intValue).toArray();
        return new EntityFeatures(keys, flags, variants);
    }

    /** Tokenizes and cuts as the recognizer does; a sentence with a span off token boundaries is left out. */
    static List<TaggedSentence> tag(List<LabeledText> texts) {
        List<TaggedSentence> tagged = new ArrayList<>();
        for (LabeledText text : texts) {
            List<Token> tokens = EntityTokenizer.tokenize(text.text());
            if (tokens.isEmpty()) continue;
            List<List<Token>> sentences = EntitySentences.split(text.text(), tokens);
            int[] layouts = EntityLayout.codes(text.text(), sentences);
            for (int k = 0; k < sentences.size(); k++) {
                String[] labels = labels(sentences.get(k), text.spans());
                if (labels != null) tagged.add(new TaggedSentence(List.copyOf(sentences.get(k)), labels, layouts[k]));
            }
        }
        return tagged;
    }

    /** BIO labels of {@code sentence}'s tokens, or null when a gold span does not fall on token boundaries. */
    private static String[] labels(List<Token> sentence, List<GoldSpan> spans) {
        int from = sentence.get(0).start();
        int to = sentence.get(sentence.size() - 1).end();
        String[] labels = new String[sentence.size()];
        Arrays.fill(labels, EntityTaggerModel.OUTSIDE);
        for (GoldSpan gold : spans) {
            if (gold.end() <= from || gold.start() >= to) continue;
            int first = tokenStartingAt(sentence, gold.start());
            int last = tokenEndingAt(sentence, gold.end());
            if (first < 0 || last < first) return null;
            labels[first] = "B-" + gold.type();
            for (int i = first + 1; i <= last; i++) labels[i] = "I-" + gold.type();
        }
        return labels;
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
