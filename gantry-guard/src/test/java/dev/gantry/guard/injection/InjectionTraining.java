package dev.gantry.guard.injection;

import dev.gantry.guard.classify.Exemplar;
import dev.gantry.guard.classify.Exemplars;
import dev.gantry.guard.classify.LogisticRegression.TrainingOptions;
import dev.gantry.guard.classify.TextClassifier;
import java.util.ArrayList;
import java.util.List;

/**
 * How the shipped injection classifier is trained: the project's exemplars plus development rows, each row repeated
 * so that the 546 rows weigh against 4,300 exemplars. Shared by the trainer and the cross-validation, so that the
 * figures measure exactly what ships.
 */
final class InjectionTraining {
    /** Chosen by cross-validation (2 to 10 gave recall within two rows of each other; docs/benchmarks.md lists the runs). */
    static final int COPIES_PER_DEV_ROW = 3;
    static final String EXEMPLARS = "/guard/injection-exemplars.jsonl";

    private InjectionTraining() {
    }

    static TextClassifier train(List<Exemplar> devRows, int copies) {
        List<Exemplar> training = new ArrayList<>(Exemplars.fromResource(EXEMPLARS));
        for (Exemplar row : devRows) {
            for (int c = 0; c < copies; c++) training.add(row);
        }
        return TextClassifier.train(training, TrainingOptions.defaults());
    }
}
