package dev.gantry.embed.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchPlanTest {
    private final long[][] tokenIds = {
            {101, 7, 8, 9, 102}, {101, 102}, {101, 7, 102}, {101, 7, 8, 9, 10, 11, 102}, {101, 7, 8, 102}};

    @Test
    void should_group_inputs_by_length_in_batches_of_at_most_the_maximum() {
        List<int[]> batches = BatchPlan.of(tokenIds, 2, 1000);

        assertThat(batches).containsExactly(new int[] {1, 2}, new int[] {4, 0}, new int[] {3});
    }

    @Test
    void should_keep_padded_tokens_within_the_budget_and_run_a_longer_text_alone() {
        List<int[]> batches = BatchPlan.of(tokenIds, 32, 8);

        // lengths 2, 3 -> 2 x 3 = 6; adding length 4 would pad to 3 x 4 = 12; 4, 5 -> 10 > 8 as well
        assertThat(batches).containsExactly(new int[] {1, 2}, new int[] {4}, new int[] {0}, new int[] {3});
    }

    @Test
    void should_pad_each_row_to_the_longest_with_a_matching_mask() {
        TokenBatch batch = TokenBatch.pad(tokenIds, new int[] {1, 2});

        assertThat(batch.sequenceLength()).isEqualTo(3);
        assertThat(batch.shape()).containsExactly(2, 3);
        assertThat(batch.inputIds()).containsExactly(101, 102, 0, 101, 7, 102);
        assertThat(batch.attentionMask()).containsExactly(1, 1, 0, 1, 1, 1);
        assertThat(batch.realTokens()).containsExactly(2, 3);
    }
}
