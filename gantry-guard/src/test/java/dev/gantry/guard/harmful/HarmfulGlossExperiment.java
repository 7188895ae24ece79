package dev.gantry.guard.harmful;

import dev.gantry.guard.classify.Assessment;
import dev.gantry.guard.classify.ByLanguage;
import dev.gantry.guard.classify.DevData;
import dev.gantry.guard.classify.EnglishGloss;
import dev.gantry.guard.classify.Exemplar;
import dev.gantry.guard.classify.Exemplars;
import dev.gantry.guard.classify.GlossLexicon;
import dev.gantry.guard.classify.LightNormalizer;
import dev.gantry.guard.classify.RuleSet;
import dev.gantry.guard.classify.TextClassifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * Tuning aid: the shipped harmful classifier (and {@code -Dmodel=FILE}, another one) on the dev rows and on files of
 * requests in other languages, per language, reading them through the English gloss. {@code -Dlangs=ru,zh,...} picks
 * the lexicons (default: every shipped one), {@code -Ddiscount=D} the gloss discount, {@code -Dsweep=0.4,0.45}, {@code -DglossModel=FILE} the gloss's classifier (default: the shipped one)
 * thresholds, {@code -Dshow=true} lists the errors with their glosses. Run as a plain main with files as arguments.
 */
public final class HarmfulGlossExperiment {
    private static final double THRESHOLD = HarmfulContentDetector.DEFAULT_THRESHOLD;

    public static void main(String[] args) throws Exception {
        List<String> codes = System.getProperty("langs") == null ? EnglishGloss.languages().stream().sorted().toList()
                : Arrays.asList(System.getProperty("langs").split(","));
        EnglishGloss gloss = new EnglishGloss(codes.stream().map(GlossLexicon::fromResource).toList());
        Map<String, TextClassifier> models = new LinkedHashMap<>();
        models.put("shipped", TextClassifier.fromResource("/guard/harmful-model.bin"));
        if (System.getProperty("model") != null) models.put(System.getProperty("model"), TextClassifier.fromFile(Path.of(System.getProperty("model"))));
        TextClassifier glossModel = System.getProperty("glossModel") == null ? TextClassifier.fromResource("/guard/harmful-gloss-model.bin")
                : TextClassifier.fromFile(Path.of(System.getProperty("glossModel")));
        RuleSet rules = RuleSet.of(HarmfulRules.RULES);
        List<Exemplar> dev = new ArrayList<>(DevData.load("harmful-dev.jsonl"));
        dev.addAll(DevData.load("benign-dev.jsonl"));
        for (Map.Entry<String, TextClassifier> model : models.entrySet()) {
            System.out.println("== " + model.getKey());
            ToDoubleFunction<String> scorer = t -> score(t, rules, model.getValue(), glossModel, gloss);
            System.out.println(ByLanguage.summary("dev (harmful + benign, trained on)", dev, scorer, THRESHOLD));
            if (System.getProperty("sweep") != null) {
                for (String t : System.getProperty("sweep").split(",")) {
                    double threshold = Double.parseDouble(t);
                    StringBuilder line = new StringBuilder("t=" + t);
                    line.append(" | ").append(ByLanguage.summary("dev", dev, scorer, threshold).replaceAll("\\s+", " ").replace(" all ", " "));
                    for (String file : args) line.append(" | ").append(ByLanguage.summary(Path.of(file).getFileName().toString(), Exemplars.fromFile(Path.of(file)), scorer, threshold).replaceAll("\\s+", " ").replaceAll("(\\S+) all (\\S+) fp (\\S+).*", "$1 $2 fp $3"));
                    System.out.println(line);
                }
                continue;
            }
            for (String file : args) {
                List<Exemplar> rows = Exemplars.fromFile(Path.of(file));
                System.out.println(ByLanguage.summary(Path.of(file).getFileName().toString(), rows, scorer, THRESHOLD));
                if (Boolean.getBoolean("show")) {
                    ByLanguage.printErrors(rows, scorer, THRESHOLD, t -> "gloss: " + gloss.of(t).map(EnglishGloss.Glossed::text).orElse("-"));
                }
            }
        }
    }

    static double score(String text, RuleSet rules, TextClassifier classifier, TextClassifier glossClassifier, EnglishGloss gloss) {
        return Assessment.of(LightNormalizer.normalize(text), rules, classifier, glossClassifier, OptionalDouble.empty(), gloss.of(text),
                Double.parseDouble(System.getProperty("discount", String.valueOf(HarmfulContentDetector.GLOSS_DISCOUNT))), true).score();
    }

    private HarmfulGlossExperiment() {
    }
}
