package dev.gantry.guard.pii.entities;

import dev.gantry.guard.Detector;
import dev.gantry.guard.eval.LabeledText;
import dev.gantry.guard.eval.MatchRule;
import dev.gantry.guard.eval.PiiEvaluator;
import dev.gantry.guard.eval.PresidioDataset;
import dev.gantry.guard.pii.EntityModelFile;
import dev.gantry.guard.pii.EntityModels;
import dev.gantry.guard.pii.EntityTaggerModel;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Trains a model in memory and scores it on a Presidio-format file and on the held-out set, for choosing the
 * algorithm, iterations, cutoff and feature variants. Args: data.json [algorithm | model.bin] [iterations] [cutoff]
 * [variants (a bit set of EntityFeatures' variants)]; {@code -Dout=FILE} also writes the model.
 */
public final class EntityExperiment {
    private static final Set<String> TYPES = Set.of("PERSON", "LOCATION", "ORGANIZATION");

    public static void main(String[] args) throws Exception {
        String algorithm = args.length > 1 ? args[1] : EntityModelTrainer.ALGORITHM;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : EntityModelTrainer.ITERATIONS;
        int cutoff = args.length > 3 ? Integer.parseInt(args[3]) : EntityModelTrainer.CUTOFF;
        int variants = args.length > 4 ? Integer.parseInt(args[4]) : EntityModelTrainer.VARIANTS;
        long t0 = System.nanoTime();
        EntityTaggerModel model = algorithm.endsWith(".bin") ? read(Path.of(algorithm))
                : EntityModelTrainer.train(EntityModelTrainer.trainingSentences(), algorithm, iterations, cutoff, variants);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EntityModelFile.write(model, bytes);
        if (System.getProperty("out") != null) Files.write(Path.of(System.getProperty("out")), bytes.toByteArray());
        System.out.printf("%s it=%d cutoff=%d variants=%d: trained in %d s, %d bytes%n", algorithm, iterations, cutoff,
                model.features().variants(), (System.nanoTime() - t0) / 1_000_000_000, bytes.size());
        Detector detector = EntityModels.detector(model);
        report("dev " + args[0], PresidioDataset.read(Path.of(args[0])), detector);
        report("held-out", HeldOutEntitySet.generate(), detector);
    }

    private static EntityTaggerModel read(Path file) throws java.io.IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return EntityModelFile.read(in);
        }
    }

    private static void report(String label, List<LabeledText> data, Detector detector) {
        long t0 = System.nanoTime();
        String table = PiiEvaluator.evaluate(data, detector, TYPES, MatchRule.IOU_HALF).markdown();
        System.out.printf("%s (%d ms)%n%s%n", label, (System.nanoTime() - t0) / 1_000_000, table);
    }
}
