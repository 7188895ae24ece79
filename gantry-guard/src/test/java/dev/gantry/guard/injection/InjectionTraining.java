package dev.gantry.guard.injection;

import dev.gantry.guard.classify.Exemplar;
import dev.gantry.guard.classify.Exemplars;
import dev.gantry.guard.classify.LogisticRegression.TrainingOptions;
import dev.gantry.guard.classify.TextClassifier;
import dev.gantry.guard.classify.WrittenProse;
import java.util.ArrayList;
import java.util.List;

/**
 * How the shipped injection classifier is trained: the project's exemplars, ordinary requests in six European
 * languages, plus development rows, each row repeated
 * so that the 546 rows weigh against 4,300 exemplars. Shared by the trainer and the cross-validation, so that the
 * figures measure exactly what ships.
 */
final class InjectionTraining {
    /** Chosen by cross-validation (2 to 10 gave recall within two rows of each other; docs/benchmarks.md lists the runs). */
    static final int COPIES_PER_DEV_ROW = 3;
    static final String EXEMPLARS = "/guard/injection-exemplars.jsonl";

    private InjectionTraining() {
    }

    /**
     * Ordinary requests in Spanish, French, German, Italian, Portuguese and Dutch that use the words attacks use
     * ("ignora los errores", "les règles de la belote", "qué es un prompt de sistema"), 50 per language, written for
     * training: the exemplars in those languages are mostly attacks, and without these the model read the language
     * itself as a sign of one ("Quelles sont les règles de la belote ?" scored 0.89; of 96 ordinary requests in a set
     * written apart it flagged 24, with these 3). Cross-validated recall over four fold draws averaged 0.956 without
     * them, 0.954 with them, 0.946 with 60 plain requests per language as well (those became an evaluation set).
     */
    static final String ORDINARY_EUROPEAN = "/guard/injection-ordinary-european.jsonl";

    /**
     * Attacks in the same six languages written one by one (fake system notices, exfiltration, injections inside pasted
     * documents...; 50 per language): the generated ones come from a few templates per language. With them that set
     * caught 45 of its 48 attacks (36 before) and cross-validated recall averaged 0.959.
     */
    static final String ATTACKS_EUROPEAN = "/guard/injection-attacks-european.jsonl";

    /**
     * The written prose ({@link WrittenProse}) the document classifier learns: 600 of the 2,400 passages, every fourth gave the same abstracts flagged (8 of 1,500) as the formal half alone (7),
     * and routed to every text it cost four fold draws' recall 0.955 -> 0.946 on average; routed to long texts, nothing.
     */
    static final int PROSE_EVERY = 4;

    static TextClassifier train(List<Exemplar> devRows, int copies) {
        return TextClassifier.train(requestRows(devRows, copies), TrainingOptions.defaults());
    }

    /**
     * The classifier of long texts: the same rows and written prose, which does not raise the attacks' class weight (as
     * in HarmfulTraining).
     */
    static TextClassifier trainDocuments(List<Exemplar> devRows, int copies) {
        return TextClassifier.trainWithExtraNegatives(requestRows(devRows, copies), WrittenProse.everyNth(PROSE_EVERY),
                TrainingOptions.defaults());
    }

    private static List<Exemplar> requestRows(List<Exemplar> devRows, int copies) {
        List<Exemplar> training = new ArrayList<>(Exemplars.fromResource(EXEMPLARS));
        training.addAll(Exemplars.fromResource(ORDINARY_EUROPEAN));
        training.addAll(Exemplars.fromResource(ATTACKS_EUROPEAN));
        for (Exemplar row : devRows) {
            for (int c = 0; c < copies; c++) training.add(row);
        }
        return training;
    }
}
