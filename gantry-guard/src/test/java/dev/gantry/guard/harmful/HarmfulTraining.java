package dev.gantry.guard.harmful;

import dev.gantry.guard.classify.Exemplar;
import dev.gantry.guard.classify.LogisticRegression.TrainingOptions;
import dev.gantry.guard.classify.TelegraphicCopies;
import dev.gantry.guard.classify.TextClassifier;
import dev.gantry.guard.classify.WrittenProse;
import java.util.ArrayList;
import java.util.List;

/**
 * How the shipped harmful classifier is trained: the detector's training rows ({@link
 * HarmfulContentDetector#trainingExemplars()}), the development rows (harmful-dev and benign-dev), and a telegraphic
 * copy of every row. Shared by the trainer and the cross-validation, so that the figures measure what ships.
 */
final class HarmfulTraining {
    /** Chosen by cross-validation: 1 and 2 copies gave recall 0.988 and 0.990 at FPR 0.009 (threshold 0.45). */
    static final int COPIES_PER_DEV_ROW = 1;

    private HarmfulTraining() {
    }

    /**
     * The classifier of English text. The prose ({@link WrittenProse}) is added after the telegraphic copies and does not raise the positives'
     * weight: balanced over all rows, the extra negatives made every harmful row count more and short ordinary requests
     * were flagged more (English set 1: 13 of 180 rather than 3).
     */
    static TextClassifier train(List<Exemplar> devRows, int copies) {
        return TextClassifier.trainWithExtraNegatives(requestRows(devRows, copies), WrittenProse.rows(), TrainingOptions.defaults());
    }

    /**
     * The classifier of English glosses of other languages: the requests without the prose. Trained with the prose, it
     * caught 57 rather than 71 of European set a's 96 harmful requests; a gloss is never prose.
     */
    static TextClassifier trainGloss(List<Exemplar> devRows, int copies) {
        return TextClassifier.train(requestRows(devRows, copies), TrainingOptions.defaults());
    }

    private static List<Exemplar> requestRows(List<Exemplar> devRows, int copies) {
        List<Exemplar> rows = new ArrayList<>(HarmfulContentDetector.trainingExemplars());
        for (Exemplar row : devRows) {
            for (int c = 0; c < copies; c++) rows.add(row);
        }
        return TelegraphicCopies.with(rows);
    }
}
