package dev.gantry.guard.injection;

import dev.gantry.guard.classify.ByLanguage;
import dev.gantry.guard.classify.DevData;
import dev.gantry.guard.classify.EnglishGloss;
import dev.gantry.guard.classify.Exemplar;
import dev.gantry.guard.classify.Exemplars;
import dev.gantry.guard.classify.TextClassifier;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Tuning aid: the shipped injection model and one trained afresh as {@link InjectionTraining} trains it, on benign-dev
 * and on files of requests in other languages, per language; {@code -Dshow=true} lists the errors with their reasons,
 * {@code -Dmodel=FILE} adds a model file to compare.
 * Run as a plain main with files as arguments.
 */
public final class InjectionGlossExperiment {
    private static final double THRESHOLD = InjectionDetector.DEFAULT_THRESHOLD;

    private static final TextClassifier DOCUMENTS = TextClassifier.fromResource("/guard/injection-document-model.bin");

    public static void main(String[] args) throws Exception {
        Map<String, TextClassifier> models = new LinkedHashMap<>();
        models.put("shipped", TextClassifier.fromResource("/guard/injection-model.bin"));
        if (System.getProperty("model") != null) models.put(System.getProperty("model"), TextClassifier.fromFile(Path.of(System.getProperty("model"))));
        models.put("trained now", InjectionTraining.train(DevData.load("prompt-injection-dev.jsonl"), InjectionTraining.COPIES_PER_DEV_ROW));
        List<Exemplar> benign = DevData.load("benign-dev.jsonl");
        for (Map.Entry<String, TextClassifier> model : models.entrySet()) {
            System.out.println("== " + model.getKey());
            // long texts are read by the shipped document classifier, whichever request classifier is tried
            InjectionDetector detector = new InjectionDetector(THRESHOLD, Optional.empty(), model::getValue, () -> DOCUMENTS);
            ToDoubleFunction<String> scorer = detector::score;
            System.out.println(ByLanguage.summary("benign-dev", benign, scorer, THRESHOLD));
            for (String file : args) {
                List<Exemplar> rows = Exemplars.fromFile(Path.of(file));
                System.out.println(ByLanguage.summary(Path.of(file).getFileName().toString(), rows, scorer, THRESHOLD));
                if (Boolean.getBoolean("show")) {
                    ByLanguage.printErrors(rows, scorer, THRESHOLD, t -> detector.scan(t).stream().findFirst().map(f -> f.reason()).orElse("")
                            + " | gloss: " + EnglishGloss.shipped().of(t).map(EnglishGloss.Glossed::text).orElse("-"));
                }
            }
        }
    }

    private InjectionGlossExperiment() {
    }
}
