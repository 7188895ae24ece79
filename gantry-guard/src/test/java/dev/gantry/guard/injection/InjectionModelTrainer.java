package dev.gantry.guard.injection;

import dev.gantry.guard.classify.DevData;
import dev.gantry.guard.classify.TextClassifier;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the shipped injection classifier ({@code src/main/resources/guard/injection-model.bin}) from the exemplars
 * and {@code shared/data/guard/prompt-injection-dev.jsonl}. Deterministic (seeded SGD); a few seconds. Run after
 * changing the exemplars or the features, from the project root:
 * <pre>./mvnw -q -o -B -pl gantry-guard -am test-compile
 * ./mvnw -q -o -pl gantry-guard dependency:build-classpath -Dmdep.outputFile=/tmp/guard-cp.txt
 * java -cp "gantry-guard/target/test-classes:gantry-guard/target/classes:$(cat /tmp/guard-cp.txt)" \
 *   dev.gantry.guard.injection.InjectionModelTrainer gantry-guard/src/main/resources/guard/injection-model.bin</pre>
 * {@code -Dcopies=N} changes the repeats per development row (default {@link InjectionTraining#COPIES_PER_DEV_ROW}).
 */
public final class InjectionModelTrainer {
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "gantry-guard/src/main/resources/guard/injection-model.bin");
        int copies = Integer.getInteger("copies", InjectionTraining.COPIES_PER_DEV_ROW);
        var dev = DevData.load("prompt-injection-dev.jsonl");
        write(InjectionTraining.train(dev, copies), target, copies);
        write(InjectionTraining.trainDocuments(dev, copies),
                target.resolveSibling(target.getFileName().toString().replace("injection-model", "injection-document-model")), copies);
    }

    private static void write(TextClassifier model, Path target, int copies) throws java.io.IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            model.writeTo(out);
        }
        System.out.printf("wrote %s (%,d bytes), %d copies per development row%n", target, Files.size(target), copies);
    }
}
