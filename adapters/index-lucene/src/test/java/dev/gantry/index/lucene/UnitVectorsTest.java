package dev.gantry.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import dev.gantry.core.error.GantryException;
import org.junit.jupiter.api.Test;

class UnitVectorsTest {
    @Test
    void should_return_a_normalised_copy() {
        float[] v = {3, 4};

        float[] unit = UnitVectors.normalisedCopy(v, 2, "the query");

        assertThat(unit).containsExactly(new float[] {0.6f, 0.8f}, within(1e-7f));
        assertThat(v).containsExactly(3, 4);
    }

    @Test
    void should_name_the_vector_and_both_dimensions_when_they_differ() {
        Throwable t = catchThrowable(() -> UnitVectors.normalisedCopy(new float[3], 4, "chunk 'a#2'"));

        assertThat(t).isInstanceOf(GantryException.class)
                .hasMessageContaining("chunk 'a#2'").hasMessageContaining("3 dimensions").hasMessageContaining("holds 4");
    }

    @Test
    void should_map_cosine_to_the_unit_interval() {
        float[] x = {1, 0};

        assertThat(UnitVectors.score(x, new float[] {1, 0})).isEqualTo(1.0);
        assertThat(UnitVectors.score(x, new float[] {0, 1})).isEqualTo(0.5);
        assertThat(UnitVectors.score(x, new float[] {-1, 0})).isEqualTo(0.0);
    }
}
