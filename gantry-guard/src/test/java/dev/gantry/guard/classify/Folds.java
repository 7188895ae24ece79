package dev.gantry.guard.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** The k-fold splits of development rows that the cross-validations share. */
public final class Folds {
    /** One fold: the rows a model learns from, and the rows it is then scored on. */
    public record Split(List<Exemplar> training, List<Exemplar> heldOut) {
    }

    private Folds() {
    }

    /** Row i goes to fold i mod k (by parity) when {@code seed} is negative, else to its place in a seeded shuffle mod k. */
    public static List<Split> of(List<Exemplar> rows, int k, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) order.add(i);
        if (seed >= 0) Collections.shuffle(order, new Random(seed));
        int[] fold = new int[rows.size()];
        for (int p = 0; p < rows.size(); p++) fold[order.get(p)] = p % k;
        List<Split> splits = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<Exemplar> training = new ArrayList<>();
            List<Exemplar> heldOut = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) (fold[i] == f ? heldOut : training).add(rows.get(i));
            splits.add(new Split(training, heldOut));
        }
        return splits;
    }
}
