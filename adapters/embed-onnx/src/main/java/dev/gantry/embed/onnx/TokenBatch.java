package dev.gantry.embed.onnx;

import java.util.Arrays;

/**
 * Token ids of several texts right-padded to the longest of them, flattened row-major as the model's
 * {@code [batch, sequence]} inputs want them.
 *
 * @param inputIds       ids; padding positions hold 0, the [PAD] id of the BERT vocabularies we ship
 * @param attentionMask  1 on real tokens, 0 on padding
 * @param realTokens     real token count per row
 * @param sequenceLength the padded length of every row
 */
record TokenBatch(long[] inputIds, long[] attentionMask, int[] realTokens, int sequenceLength) {

    /** Pads the texts {@code members} (indices into {@code tokenIds}) to the longest of them. */
    static TokenBatch pad(long[][] tokenIds, int[] members) {
        int sequenceLength = 0;
        for (int member : members) {
            sequenceLength = Math.max(sequenceLength, tokenIds[member].length);
        }
        long[] ids = new long[members.length * sequenceLength];
        long[] mask = new long[ids.length];
        int[] realTokens = new int[members.length];
        for (int row = 0; row < members.length; row++) {
            long[] text = tokenIds[members[row]];
            int offset = row * sequenceLength;
            System.arraycopy(text, 0, ids, offset, text.length);
            Arrays.fill(mask, offset, offset + text.length, 1L);
            realTokens[row] = text.length;
        }
        return new TokenBatch(ids, mask, realTokens, sequenceLength);
    }

    int rows() {
        return realTokens.length;
    }

    long[] shape() {
        return new long[] {rows(), sequenceLength};
    }
}
