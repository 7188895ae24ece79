package dev.gantry.guard.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
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

    /** Extra negatives keep the exemplars' class balance: the same as fixing the positives' weight by hand. */
    @Test
    void extraNegativesDoNotRaiseThePositivesWeight() {
        List<Exemplar> prose = List.of(new Exemplar("the quarterly report lists every barn we sold", false, ""),
                new Exemplar("a field guide to grasses of the northern plains", false, ""));
        TextClassifier extra = TextClassifier.trainWithExtraNegatives(TOY, prose, LogisticRegression.TrainingOptions.defaults());
        List<Exemplar> all = new ArrayList<>(TOY);
        all.addAll(prose);
        TextClassifier byHand = TextClassifier.train(all, LogisticRegression.TrainingOptions.defaults().withPositiveWeight(1.0));
        TextClassifier rebalanced = TextClassifier.train(all, LogisticRegression.TrainingOptions.defaults());
        assertThat(extra.probabilityOfNormalized("the pig eats grass")).isEqualTo(byHand.probabilityOfNormalized("the pig eats grass"))
                .isNotEqualTo(rebalanced.probabilityOfNormalized("the pig eats grass"));
        assertThatThrownBy(() -> TextClassifier.trainWithExtraNegatives(TOY, List.of(TOY.getFirst()), LogisticRegression.TrainingOptions.defaults()))
                .hasMessageContaining("labelled positive");
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
    void aWrittenClassifierReadsBackScoringTheSame() throws Exception {
        TextClassifier trained = TextClassifier.train(TOY, LogisticRegression.TrainingOptions.defaults());
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        trained.writeTo(file);
        TextClassifier read = TextClassifier.read(new ByteArrayInputStream(file.toByteArray()));
        for (String probe : List.of("the pig eats grass", "maven error", "zzz", "")) {
            assertThat(read.probabilityOfNormalized(probe)).isEqualTo(trained.probabilityOfNormalized(probe));
        }
    }

    @Test
    void aFileOfAnotherKindOrHashingWidthIsRefusedByName() throws Exception {
        assertThatThrownBy(() -> TextClassifier.read(new ByteArrayInputStream(gzip(out -> {
            out.writeInt(0x474E4552);
            out.writeInt(1);
        })))).isInstanceOf(IOException.class).hasMessageContaining("not a logistic regression model");
        assertThatThrownBy(() -> TextClassifier.read(new ByteArrayInputStream(gzip(out -> {
            out.writeInt(LogisticRegressionFile.MAGIC);
            out.writeInt(LogisticRegressionFile.VERSION);
            out.writeInt(FeatureHasher.BITS + 2);
        })))).isInstanceOf(IOException.class).hasMessageContaining("2^" + (FeatureHasher.BITS + 2)).hasMessageContaining("retrain");
    }

    private interface Fields {
        void write(DataOutputStream out) throws IOException;
    }

    private static byte[] gzip(Fields fields) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            fields.write(out);
        }
        return bytes.toByteArray();
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
