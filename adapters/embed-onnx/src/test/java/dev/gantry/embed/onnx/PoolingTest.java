package dev.gantry.embed.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.FloatBuffer;
import org.junit.jupiter.api.Test;

class PoolingTest {
    /** Two rows of three tokens, two dimensions; row 1 has one padding token whose state must be ignored. */
    private final HiddenStates states = new HiddenStates(FloatBuffer.wrap(new float[] {
            1, 2, 3, 4, 5, 6,
            10, 20, 30, 40, 999, 999}), 3, 2);

    @Test
    void should_average_only_the_real_tokens() {
        assertThat(Pooling.MEAN.pool(states, 0, 3)).containsExactly(3, 4);
        assertThat(Pooling.MEAN.pool(states, 1, 2)).containsExactly(20, 30);
    }

    @Test
    void should_take_the_first_token_for_cls() {
        assertThat(Pooling.CLS.pool(states, 1, 2)).containsExactly(10, 20);
    }

    @Test
    void should_scale_to_unit_length() {
        float[] v = UnitLength.normalise(new float[] {3, 4});

        assertThat(v).containsExactly(new float[] {0.6f, 0.8f}, within(1e-6f));
    }

    @Test
    void should_leave_a_zero_vector_at_zero() {
        assertThat(UnitLength.normalise(new float[] {0, 0})).containsExactly(0, 0);
    }
}
