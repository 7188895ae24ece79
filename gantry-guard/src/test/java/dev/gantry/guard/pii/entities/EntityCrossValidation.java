package dev.gantry.guard.pii.entities;

import dev.gantry.guard.Detector;
import dev.gantry.guard.Finding;
import dev.gantry.guard.eval.LabeledText;
import dev.gantry.guard.eval.MatchRule;
import dev.gantry.guard.eval.PiiEvaluator;
import dev.gantry.guard.eval.PresidioDataset;
import dev.gantry.guard.pii.EntityModels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Two-fold cross-validation of the entity model trained on the synthetic sentences plus {@link PresidioVariants} of
 * one half of a Presidio-format file, scored on the raw rows of the other half (never trained on, values included).
 * {@code template} folds keep every row of a template on one side (contexts the model has never seen: the
 * pessimistic estimate); {@code row} folds split rows of one template across sides (new values in known contexts,
 * as a fresh sample of the same generator would be). Args: data.json template|row [algorithm] [errors.tsv]; -Dcutoff=N and -Dvariants=BITS override the
 * shipped settings.
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
        for (int fold = 0; fold < 2; fold++) {
            int held = fold;
            Predicate<Integer> heldOut = i -> (byTemplate ? rows.get(i).template() : i) % 2 == held;
            List<PresidioVariants.Row> train = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) if (!heldOut.test(i)) train.add(rows.get(i));
            List<LabeledText> sentences = EntityModelTrainer.withVariants(train, EntityModelTrainer.SEED + fold);
            Detector detector = EntityModels.detector(EntityModelTrainer.train(sentences,
                    algorithm, EntityModelTrainer.ITERATIONS, cutoff, Integer.getInteger("variants", EntityModelTrainer.VARIANTS)));
            for (int i = 0; i < rows.size(); i++) if (heldOut.test(i)) byText.putIfAbsent(gold.get(i).text(), detector);
            System.out.printf("fold %d: %d training sentences%n", fold, sentences.size());
        }
        Detector crossValidated = new Detector() {
            @Override
            public String name() {
                return "entities";
            }

            @Override
            public List<Finding> scan(String text) {
                return byText.get(text).scan(text);
            }
        };
        System.out.println((byTemplate ? "template" : "row") + " folds, " + algorithm + ", cutoff " + cutoff);
        System.out.println(PiiEvaluator.evaluate(gold, crossValidated, TYPES, MatchRule.IOU_HALF).markdown());
        if (args.length > 3) writeErrors(Path.of(args[3]), gold, crossValidated);
    }

    /** Missed gold spans and false findings, one line each with the text, for reading the errors. */
    private static void writeErrors(Path out, List<LabeledText> gold, Detector detector) throws java.io.IOException {
        List<String> lines = new ArrayList<>();
        for (LabeledText row : gold) {
            List<Finding> found = detector.scan(row.text());
            List<dev.gantry.guard.eval.GoldSpan> expected = row.spans().stream()
                    .filter(s -> TYPES.contains(PiiEvaluator.GOLD_ALIASES.getOrDefault(s.type(), s.type()))).toList();
            for (var span : expected) {
                String type = PiiEvaluator.GOLD_ALIASES.getOrDefault(span.type(), span.type());
                if (found.stream().noneMatch(f -> f.type().equals(type) && iou(f.start(), f.end(), span.start(), span.end()) >= 0.5)) {
                    lines.add("MISS\t" + type + "\t" + row.text().substring(span.start(), span.end()) + "\t" + row.text().replace('\n', ' '));
                }
            }
            for (Finding f : found) {
                if (expected.stream().noneMatch(s -> f.type().equals(PiiEvaluator.GOLD_ALIASES.getOrDefault(s.type(), s.type()))
                        && iou(f.start(), f.end(), s.start(), s.end()) >= 0.5)) {
                    lines.add("FALSE\t" + f.type() + "\t" + row.text().substring(f.start(), f.end()) + "\t" + row.text().replace('\n', ' '));
                }
            }
        }
        java.nio.file.Files.write(out, lines);
    }

    private static double iou(int s1, int e1, int s2, int e2) {
        int inter = Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
        return (double) inter / (Math.max(e1, e2) - Math.min(s1, s2));
    }
}
