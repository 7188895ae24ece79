package dev.gantry.knowledge.extract;

import dev.gantry.core.chat.ResponseFormat;

/**
 * The chat model extraction asks (the server passes the gateway's chat route, so routing, fallbacks, output schema
 * validation and repair, cost and the ledger apply). Returns the answer's text; throws {@link InvalidAnswer} when
 * the answer broke the format, anything else when no answer came.
 */
@FunctionalInterface
public interface ExtractionModel {
    String complete(String system, String user, ResponseFormat format) throws Exception;

    /** The model answered, but not with JSON that meets the format (after the gateway's own repair attempt). */
    final class InvalidAnswer extends Exception {
        public InvalidAnswer(String problems) {
            super(problems);
        }
    }
}
