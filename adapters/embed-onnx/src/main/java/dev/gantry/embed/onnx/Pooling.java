package dev.gantry.embed.onnx;

/**
 * How a sentence vector is made from the model's per-token hidden states. Right padding means a row's real tokens
 * are its first {@code realTokens} positions, so the attention mask reduces to that count.
 */
public enum Pooling {
    /** Average of the real tokens' states (sentence-transformers models such as all-MiniLM-L6-v2). */
    MEAN {
        @Override
        float[] pool(HiddenStates states, int row, int realTokens) {
            float[] sum = new float[states.hiddenSize()];
            for (int token = 0; token < realTokens; token++) {
                states.addTo(sum, row, token);
            }
            for (int d = 0; d < sum.length; d++) {
                sum[d] /= realTokens;
            }
            return sum;
        }
    },
    /** The state of the leading [CLS] token (BGE models). */
    CLS {
        @Override
        float[] pool(HiddenStates states, int row, int realTokens) {
            float[] first = new float[states.hiddenSize()];
            states.addTo(first, row, 0);
            return first;
        }
    };

    abstract float[] pool(HiddenStates states, int row, int realTokens);
}
