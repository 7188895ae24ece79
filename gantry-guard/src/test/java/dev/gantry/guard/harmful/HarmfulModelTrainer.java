package dev.gantry.guard.harmful;

import dev.gantry.guard.classify.TextClassifier;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the shipped harmful classifiers ({@code src/main/resources/guard/harmful-model.bin} for English text and
 * {@code harmful-gloss-model.bin} beside it for glosses) as {@link HarmfulTraining} trains them. Deterministic (seeded SGD); a few seconds. Run after changing the training rows or the features, from
 * the project root:
 * <pre>./mvnw -q -o -B -pl gantry-guard -am test-compile
 * ./mvnw -q -o -pl gantry-guard dependency:build-classpath -Dmdep.outputFile=/tmp/guard-cp.txt
 * java -cp "gantry-guard/target/test-classes:gantry-guard/target/classes:$(cat /tmp/guard-cp.txt)" \
 *   dev.gantry.guard.harmful.HarmfulModelTrainer gantry-guard/src/main/resources/guard/harmful-model.bin</pre>
 */
public final class HarmfulModelTrainer {
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "gantry-guard/src/main/resources/guard/harmful-model.bin");
        Path glossTarget = target.resolveSibling(target.getFileName().toString().replace("harmful-model", "harmful-gloss-model"));
        var dev = HarmfulCrossValidation.devRows();
        write(HarmfulTraining.train(dev, HarmfulTraining.COPIES_PER_DEV_ROW), target);
        write(HarmfulTraining.trainGloss(dev, HarmfulTraining.COPIES_PER_DEV_ROW), glossTarget);
    }

    private static void write(TextClassifier model, Path target) throws java.io.IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            model.writeTo(out);
        }
        System.out.printf("wrote %s (%,d bytes), %d copies per development row%n", target, Files.size(target), HarmfulTraining.COPIES_PER_DEV_ROW);
    }

    private HarmfulModelTrainer() {
    }
}
