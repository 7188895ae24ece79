package dev.gantry.rag.answer;

import dev.gantry.rag.retrieve.Citation;
import java.util.List;

/**
 * One numbered source of a packed context: the text the model sees as [number].
 *
 * @param citation where the text comes from; when several chunks were merged it names the first of them and
 *                 its offsets span all of them
 * @param chunkIds the chunks whose text is (wholly or in part) in this source, in document order
 */
public record Source(int number, Citation citation, String text, List<String> chunkIds) {
    public Source {
        chunkIds = List.copyOf(chunkIds);
    }
}
