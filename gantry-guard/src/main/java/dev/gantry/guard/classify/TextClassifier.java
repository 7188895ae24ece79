package dev.gantry.guard.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Normalise, hash, score: a trained binary text classifier. Thread-safe. */
public final class TextClassifier {
    private final LogisticRegression model;

    private TextClassifier(LogisticRegression model) {
        this.model = model;
    }

    public static TextClassifier train(List<Exemplar> exemplars, LogisticRegression.TrainingOptions options) {
        List<Boolean> ys = exemplars.stream().map(Exemplar::positive).toList();
        return train(featuresOf(exemplars), ys, options);
    }

    /**
     * As {@link #train(List, LogisticRegression.TrainingOptions)}, with negatives of another kind (written prose) that
     * do not raise the positives' weight: the classes are balanced over {@code exemplars} alone, and the extra rows
     * follow them in training order.
     */
    public static TextClassifier trainWithExtraNegatives(List<Exemplar> exemplars, List<Exemplar> extraNegatives,
                                                         LogisticRegression.TrainingOptions options) {
        if (extraNegatives.stream().anyMatch(Exemplar::positive)) {
            throw new IllegalArgumentException("an extra negative is labelled positive; pass it with the exemplars");
        }
        double weight = LogisticRegression.balancedPositiveWeight(exemplars.stream().map(Exemplar::positive).toList());
        List<Exemplar> all = new java.util.ArrayList<>(exemplars);
        all.addAll(extraNegatives);
        return train(all, options.withPositiveWeight(weight));
    }

    /** For several models over the same texts: hash the features once with {@link #featuresOf}, then train each. */
    public static TextClassifier train(List<SparseVector> features, List<Boolean> labels, LogisticRegression.TrainingOptions options) {
        return new TextClassifier(LogisticRegression.train(features, labels, options));
    }

    /** Reads a classifier that {@link #writeTo} wrote, e.g. a model shipped as a resource. */
    public static TextClassifier read(InputStream source) throws IOException {
        return new TextClassifier(LogisticRegressionFile.read(source));
    }

    /** A classifier file on disk, e.g. an earlier commit's shipped model for comparison. */
    public static TextClassifier fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the classifier " + file, e);
        }
    }

    public static TextClassifier fromResource(String resource) {
        try (InputStream in = TextClassifier.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing classpath resource " + resource);
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the classifier " + resource, e);
        }
    }

    public void writeTo(OutputStream target) throws IOException {
        LogisticRegressionFile.write(model, target);
    }

    public static List<SparseVector> featuresOf(List<Exemplar> exemplars) {
        return exemplars.stream().map(e -> FeatureHasher.features(LightNormalizer.normalize(e.text()))).toList();
    }

    /** Probability of the positive class for text that {@link LightNormalizer#normalize} already normalised. */
    public double probabilityOfNormalized(String normalized) {
        return model.probability(FeatureHasher.features(normalized));
    }

    /** As {@link #probabilityOfNormalized}, for features {@link FeatureHasher#features} already hashed: several models, one text. */
    public double probabilityOf(SparseVector features) {
        return model.probability(features);
    }

    /** As {@link #probabilityOfNormalized}, the features summed in a table rather than sorted (the order of a float sum may differ). */
    double wholeProbabilityOfNormalized(String normalized) {
        return TextFeatures.wholeProbability(normalized, model);
    }

    /**
     * The highest probability over the normalised text and each of its {@link Segments} (when there are two or more):
     * what scoring each with {@link #probabilityOfNormalized} gives, with every n-gram hashed once.
     */
    public double highestProbabilityOfNormalized(String normalized) {
        return TextFeatures.highestProbability(normalized, model);
    }
}
