package dev.gantry.guard.pii.entities;

import dev.gantry.guard.Detector;
import dev.gantry.guard.eval.LabeledText;
import dev.gantry.guard.eval.MatchRule;
import dev.gantry.guard.eval.PiiEvaluator;
import dev.gantry.guard.eval.PresidioDataset;
import dev.gantry.guard.pii.EntityModels;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Trains a model in memory and scores it on a Presidio-format file and on the held-out set, for choosing the
 * algorithm, iterations and cutoff. Args: data.json [algorithm | model.bin] [iterations] [cutoff].
 */
public final class EntityExperiment {
    private static final Set<String> TYPES = Set.of("PERSON", "LOCATION", "ORGANIZATION");

    public static void main(String[] args) throws Exception {
        String algorithm = args.length > 1 ? args[1] : "PERCEPTRON";
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int cutoff = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        long t0 = System.nanoTime();
        TokenNameFinderModel model = algorithm.endsWith(".bin")
                ? new TokenNameFinderModel(Path.of(algorithm))
                : EntityModelTrainer.train(EntityModelTrainer.trainingSentences(), algorithm, iterations, cutoff);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.serialize(bytes);
        System.out.printf("%s it=%d cutoff=%d: trained in %d s, %d bytes%n", algorithm, iterations, cutoff,
                (System.nanoTime() - t0) / 1_000_000_000, bytes.size());
        Detector detector = EntityModels.detector(model);
        report("dev " + args[0], PresidioDataset.read(Path.of(args[0])), detector);
        report("held-out", HeldOutEntitySet.generate(), detector);
    }

    private static void report(String label, List<LabeledText> data, Detector detector) {
        long t0 = System.nanoTime();
        String table = PiiEvaluator.evaluate(data, detector, TYPES, MatchRule.IOU_HALF).markdown();
        System.out.printf("%s (%d ms)%n%s%n", label, (System.nanoTime() - t0) / 1_000_000, table);
    }
}
