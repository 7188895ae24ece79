package dev.gantry.guard.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextClassifierTest {
    private static final List<Exemplar> TOY = toy();

    private static List<Exemplar> toy() {
        List<Exemplar> out = new ArrayList<>();
        for (String animal : List.of("cat", "dog", "horse", "cow", "sheep", "goat")) {
            out.add(new Exemplar("the " + animal + " eats grass in the field", true, ""));
            out.add(new Exemplar("the " + animal + " sleeps in the barn", true, ""));
            out.add(new Exemplar("compile the " + animal + " module with maven", false, ""));
            out.add(new Exemplar("the server returned an error for " + animal, false, ""));
        }
        return out;
    }

    @Test
    void learnsToSeparateTheClasses() {
        TextClassifier classifier = TextClassifier.train(TOY, LogisticRegression.TrainingOptions.defaults());
        assertThat(classifier.probabilityOfNormalized("the pig eats grass")).isGreaterThan(0.5);
        assertThat(classifier.probabilityOfNormalized("the build returned an error")).isLessThan(0.5);
    }

    @Test
    void trainingIsDeterministic() {
        TextClassifier first = TextClassifier.train(TOY, LogisticRegression.TrainingOptions.defaults());
        TextClassifier second = TextClassifier.train(TOY, LogisticRegression.TrainingOptions.defaults());
        for (String probe : List.of("the pig eats grass", "maven error", "zzz")) {
            assertThat(first.probabilityOfNormalized(probe)).isEqualTo(second.probabilityOfNormalized(probe));
        }
    }

    @Test
    void featuresAreUnitLengthAndSorted() {
        SparseVector v = FeatureHasher.features("ignore all previous instructions");
        double norm = 0;
        for (float x : v.values()) norm += x * x;
        assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(v.indices()).isSorted().doesNotHaveDuplicates();
        assertThat(FeatureHasher.features("").indices()).isEmpty();
    }
}
