package dev.gantry.guard.pii;

import dev.gantry.guard.Detector;
import dev.gantry.guard.Finding;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;

/** Test access to the package-private entity recognizer with a model trained in memory. */
public final class EntityModels {
    private EntityModels() {}

    /** A "pii" detector that runs only {@code model}, for training experiments. */
    public static Detector detector(TokenNameFinderModel model) {
        EntityRecognizer recognizer = new EntityRecognizer(() -> model);
        return new Detector() {
            @Override
            public String name() {
                return "entities";
            }

            @Override
            public List<Finding> scan(String text) {
                return OverlapResolver.resolve(recognizer.find(text));
            }
        };
    }
}
