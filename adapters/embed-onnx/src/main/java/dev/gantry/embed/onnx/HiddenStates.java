package dev.gantry.embed.onnx;

import java.nio.FloatBuffer;

/** A read-only view of a {@code [batch, sequence, hidden]} float tensor laid out row-major. */
record HiddenStates(FloatBuffer values, int sequenceLength, int hiddenSize) {

    /** Adds the state of {@code token} in batch row {@code row} to {@code target}, element by element. */
    void addTo(float[] target, int row, int token) {
        int offset = (row * sequenceLength + token) * hiddenSize;
        for (int d = 0; d < hiddenSize; d++) {
            target[d] += values.get(offset + d);
        }
    }
}
