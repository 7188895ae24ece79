package dev.gantry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class VectorsTest {

    @Test
    void should_give_the_same_unit_vector_for_the_same_text() {
        float[] a = Vectors.of("alpha", 8);

        assertThat(Vectors.of("alpha", 8)).containsExactly(a);
        assertThat(Vectors.of("beta", 8)).isNotEqualTo(a);
        double norm = 0;
        for (float f : a) norm += f * f;
        assertThat(norm).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void should_encode_base64_as_little_endian_float32() {
        float[] v = Vectors.of("alpha", 4);

        ByteBuffer buf = ByteBuffer.wrap(Base64.getDecoder().decode(Vectors.base64(v))).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(buf.remaining()).isEqualTo(16);
        assertThat(new float[] {buf.getFloat(), buf.getFloat(), buf.getFloat(), buf.getFloat()}).containsExactly(v);
    }
}
