package dev.gantry.guard.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FeatureTableTest {
    @Test
    void findsEveryKeyAndNothingElse() {
        Random random = new Random(1);
        long[] keys = random.longs(10_000).map(k -> k == 0 ? 1 : k).distinct().toArray();
        int[] values = new int[keys.length];
        for (int i = 0; i < keys.length; i++) values[i] = i;
        FeatureTable table = new FeatureTable(keys, values);

        for (int i = 0; i < keys.length; i++) assertThat(table.get(keys[i])).isEqualTo(i);
        assertThat(table.size()).isEqualTo(keys.length);
        random.longs(10_000).filter(k -> java.util.Arrays.stream(keys).noneMatch(x -> x == k))
                .forEach(k -> assertThat(table.get(k)).isEqualTo(FeatureTable.MISSING));
    }

    @Test
    void anEmptyTableFindsNothing() {
        assertThat(new FeatureTable(new long[0], new int[0]).get(42)).isEqualTo(FeatureTable.MISSING);
    }

    @Test
    void refusesTheEmptySlotKeyAndDuplicates() {
        assertThatThrownBy(() -> new FeatureTable(new long[] {0}, new int[] {1})).hasMessageContaining("hash 0");
        assertThatThrownBy(() -> new FeatureTable(new long[] {7, 7}, new int[] {1, 2}))
                .hasMessageContaining("duplicate feature hash 7");
    }
}
