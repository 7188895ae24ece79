package dev.gantry.guard.pii.entities;

import dev.gantry.guard.Detector;
import dev.gantry.guard.Finding;
import dev.gantry.guard.eval.GoldSpan;
import dev.gantry.guard.eval.LabeledText;
import dev.gantry.guard.eval.MatchRule;
import dev.gantry.guard.eval.PiiEvaluator;
import dev.gantry.guard.eval.PresidioDataset;
import dev.gantry.guard.pii.EntityModels;
import dev.gantry.guard.pii.EntityTaggerModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Two-fold cross-validation of the entity model trained on the synthetic sentences plus {@link PresidioVariants} of
 * one half of a Presidio-format file, scored on the raw rows of the other half (never trained on, values included).
 * {@code template} folds keep every row of a template on one side (contexts the model has never seen: the
 * pessimistic estimate); {@code row} folds split rows of one template across sides (new values in known contexts,
 * as a fresh sample of the same generator would be). Args: data.json template|row [algorithm] [errors.tsv];
 * -Dcutoff=N and -Dvariants=BITS override the shipped settings; -DfoldSeed=S draws each row's (or template's) fold at
 * random instead of by parity, to see how much the figures move with the split. Prints the scores twice: the tagger
 * alone, and resolved together with the address grammar's findings, as the detector does when both are selected.
 */
public final class EntityCrossValidation {
    private static final Set<String> TYPES = Set.of("PERSON", "LOCATION", "ORGANIZATION");

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        boolean byTemplate = args.length < 2 || args[1].equals("template");
        String algorithm = args.length > 2 ? args[2] : EntityModelTrainer.ALGORITHM;
        int cutoff = Integer.getInteger("cutoff", EntityModelTrainer.CUTOFF);
        List<PresidioVariants.Row> rows = PresidioVariants.read(file);
        List<LabeledText> gold = PresidioDataset.read(file);
        Map<String, Detector> byText = new HashMap<>();
        Map<String, Detector> withAddresses = new HashMap<>();
        for (int fold = 0; fold < 2; fold++) {
            int held = fold;
            Predicate<Integer> heldOut = i -> fold(byTemplate ? rows.get(i).template() : i) == held;
            List<PresidioVariants.Row> train = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) if (!heldOut.test(i)) train.add(rows.get(i));
            List<LabeledText> sentences = EntityModelTrainer.withVariants(train, EntityModelTrainer.SEED + fold);
            EntityTaggerModel model = EntityModelTrainer.train(sentences,
                    algorithm, EntityModelTrainer.ITERATIONS, cutoff, Integer.getInteger("variants", EntityModelTrainer.VARIANTS));
            Detector detector = EntityModels.detector(model);
            Detector withGrammar = EntityModels.withAddresses(model);
            for (int i = 0; i < rows.size(); i++) {
                if (!heldOut.test(i)) continue;
                byText.putIfAbsent(gold.get(i).text(), detector);
                withAddresses.putIfAbsent(gold.get(i).text(), withGrammar);
            }
            System.out.printf("fold %d: %d training sentences%n", fold, sentences.size());
        }
        Detector crossValidated = byFold(byText);
        System.out.println((byTemplate ? "template" : "row") + " folds, " + algorithm + ", cutoff " + cutoff);
        System.out.println(PiiEvaluator.evaluate(gold, crossValidated, TYPES, MatchRule.IOU_HALF).markdown());
        // As PiiDetector(PiiTypes.ALL) runs them: a town inside an address quoted in a sentence is then no place.
        System.out.println("with the address grammar in the overlap resolution:");
        System.out.println(PiiEvaluator.evaluate(gold, byFold(withAddresses), TYPES, MatchRule.IOU_HALF).markdown());
        if (args.length > 3) writeErrors(Path.of(args[3]), gold, crossValidated);
    }

    /** The detector of the fold that held each text out. */
    private static Detector byFold(Map<String, Detector> byText) {
        return EntityModels.named("entities", text -> byText.get(text).scan(text));
    }

    /** Unset: folds by parity. */
    private static final Integer FOLD_SEED = Integer.getInteger("foldSeed");

    private static int fold(int key) {
        return FOLD_SEED == null ? key % 2 : new SplittableRandom(FOLD_SEED * 1_000_003L + key).nextInt(2);
    }

    /** Missed gold spans and false findings, one line each with the text, for reading the errors. */
    private static void writeErrors(Path out, List<LabeledText> gold, Detector detector) throws IOException {
        List<String> lines = new ArrayList<>();
        for (LabeledText row : gold) {
            List<Finding> found = detector.scan(row.text());
            List<GoldSpan> expected = row.spans().stream().filter(s -> TYPES.contains(scoredType(s))).toList();
            for (GoldSpan span : expected) {
                if (found.stream().noneMatch(f -> matches(f, span))) {
                    lines.add(errorLine("MISS", scoredType(span), row.text(), span.start(), span.end()));
                }
            }
            for (Finding f : found) {
                if (expected.stream().noneMatch(span -> matches(f, span))) {
                    lines.add(errorLine("FALSE", f.type(), row.text(), f.start(), f.end()));
                }
            }
        }
        Files.write(out, lines);
    }

    /** The type a gold span is scored as (Presidio's GPE as LOCATION). */
    private static String scoredType(GoldSpan span) {
        return PiiEvaluator.GOLD_ALIASES.getOrDefault(span.type(), span.type());
    }

    private static boolean matches(Finding found, GoldSpan span) {
        return found.type().equals(scoredType(span))
                && MatchRule.IOU_HALF.matches(found.start(), found.end(), span.start(), span.end());
    }

    private static String errorLine(String kind, String type, String text, int start, int end) {
        return kind + "\t" + type + "\t" + text.substring(start, end) + "\t" + text.replace('\n', ' ');
    }
}
