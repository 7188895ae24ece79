package dev.gantry.guard.pii;

import dev.gantry.guard.Detector;
import dev.gantry.guard.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/** Test access to the package-private entity tagger: models trained in memory, their detector. */
public final class EntityModels {
    private EntityModels() {}

    /** A detector for experiments: a name and what it finds in a text. */
    public static Detector named(String name, Function<String, List<Finding>> scan) {
        return new Detector() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Finding> scan(String text) {
                return scan.apply(text);
            }
        };
    }

    /** A "pii" detector that runs only {@code model}, for training experiments. */
    public static Detector detector(EntityTaggerModel model) {
        EntityRecognizer recognizer = new EntityRecognizer(() -> model);
        return named("entities", text -> OverlapResolver.resolve(recognizer.find(text)));
    }

    /** The tagger's findings resolved together with the address grammar's, entity types only kept (experiments). */
    public static Detector withAddresses(EntityTaggerModel model) {
        EntityRecognizer recognizer = new EntityRecognizer(() -> model);
        StreetAddressRecognizer addresses = new StreetAddressRecognizer();
        return named("entities+addresses", text -> {
            List<Finding> all = new ArrayList<>(recognizer.find(text));
            all.addAll(addresses.find(text));
            return OverlapResolver.resolve(all).stream().filter(f -> PiiTypes.NAMED_ENTITIES.contains(f.type())).toList();
        });
    }

    /**
     * Copies the weights of an OpenNLP model trained on {@code features}' events (each predicate the hex String of a
     * feature hash) into the compact tagger model.
     */
    public static EntityTaggerModel fromMaxent(MaxentModel maxent, EntityFeatures features) {
        Object[] data = ((AbstractModel) maxent).getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        String[] outcomes = (String[]) data[2];
        long[] keys = new long[predicates.size()];
        float[] weights = new float[predicates.size() * outcomes.length];
        int row = 0;
        for (Map.Entry<String, Context> predicate : predicates.entrySet()) {
            keys[row] = Long.parseUnsignedLong(predicate.getKey(), 16);
            int[] outcomeIndexes = predicate.getValue().getOutcomes();
            double[] parameters = predicate.getValue().getParameters();
            for (int j = 0; j < outcomeIndexes.length; j++) {
                weights[row * outcomes.length + outcomeIndexes[j]] = (float) parameters[j];
            }
            row++;
        }
        return new EntityTaggerModel(outcomes, features, keys, weights);
    }

    /** P(outcome | features) over all outcomes, as OpenNLP's {@code MaxentModel.eval} gives it (no BIO constraint). */
    public static double[] probabilities(EntityTaggerModel model, long[] features) {
        double[] sums = new double[model.outcomeCount()];
        for (long feature : features) model.addWeights(feature, sums);
        double max = Arrays.stream(sums).max().orElse(0);
        double total = 0;
        for (int o = 0; o < sums.length; o++) total += sums[o] = Math.exp(sums[o] - max);
        for (int o = 0; o < sums.length; o++) sums[o] /= total;
        return sums;
    }
}
