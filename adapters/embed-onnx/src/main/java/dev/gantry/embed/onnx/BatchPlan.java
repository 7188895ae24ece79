package dev.gantry.embed.onnx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Groups inputs into model runs. Sorting by token count means each batch pads only to the longest of similar-length
 * texts; the token budget keeps long texts in small batches, where padding and attention (quadratic in length) would
 * otherwise cost more than batching saves.
 */
final class BatchPlan {
    private BatchPlan() {
    }

    /**
     * Indices into {@code tokenIds}, shortest first, in groups of at most {@code maxBatchSize} whose padded size (rows
     * times the longest) stays within {@code maxBatchTokens}; a text longer than the budget runs alone.
     */
    static List<int[]> of(long[][] tokenIds, int maxBatchSize, int maxBatchTokens) {
        int[] byLength = IntStream.range(0, tokenIds.length).boxed()
                .sorted(Comparator.comparingInt(i -> tokenIds[i].length))
                .mapToInt(Integer::intValue).toArray();
        List<int[]> batches = new ArrayList<>();
        int from = 0;
        while (from < byLength.length) {
            int to = from + 1;
            while (to < byLength.length && to - from < maxBatchSize
                    && (long) (to - from + 1) * tokenIds[byLength[to]].length <= maxBatchTokens) {
                to++;
            }
            batches.add(Arrays.copyOfRange(byLength, from, to));
            from = to;
        }
        return batches;
    }
}
