package dev.gantry.guard.harmful;

import dev.gantry.guard.classify.Exemplar;
import dev.gantry.guard.classify.FeatureHasher;
import dev.gantry.guard.classify.LogisticRegression.TrainingOptions;
import dev.gantry.guard.classify.SparseVector;
import dev.gantry.guard.classify.TextClassifier;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Names the category of a text already judged harmful when no rule did: one-vs-rest models trained on the harmful
 * exemplars only, so they learn what tells categories apart rather than what tells harm from no harm.
 */
final class CategoryClassifier {
    private final Map<String, TextClassifier> byCategory;

    private CategoryClassifier(Map<String, TextClassifier> byCategory) {
        this.byCategory = byCategory;
    }

    static CategoryClassifier train(List<Exemplar> exemplars) {
        List<Exemplar> harmful = exemplars.stream().filter(e -> e.positive() && !e.category().isEmpty()).toList();
        TrainingOptions options = new TrainingOptions(3, 0.5, 1e-5, 7L);
        List<SparseVector> features = TextClassifier.featuresOf(harmful);
        Map<String, TextClassifier> models = harmful.stream().map(Exemplar::category).distinct().sorted()
                .collect(Collectors.toMap(Function.identity(), c -> TextClassifier.train(features, isIn(harmful, c), options),
                        (a, b) -> a, TreeMap::new));
        return new CategoryClassifier(models);
    }

    private static List<Boolean> isIn(List<Exemplar> harmful, String category) {
        return harmful.stream().map(e -> e.category().equals(category)).toList();
    }

    /** The category whose model rates the text highest; the text is hashed once for all of them. */
    String categoryOf(String normalized) {
        SparseVector features = FeatureHasher.features(normalized);
        String best = "";
        double highest = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, TextClassifier> e : byCategory.entrySet()) {
            double p = e.getValue().probabilityOf(features);
            if (p > highest) {
                highest = p;
                best = e.getKey();
            }
        }
        return best;
    }
}
