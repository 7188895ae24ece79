package dev.gantry.core.guard;

/**
 * Checks one streamed answer on a sliding window: text is held back only while it could still be part of
 * something a rule looks for (at most one window per choice), never the whole answer.
 */
public interface StreamFilter {
    StreamFilter NONE = new StreamFilter() {
        @Override
        public String text(int choice, String delta) {
            return delta;
        }

        @Override
        public String end(int choice) {
            return "";
        }
    };

    /**
     * Takes the next text delta of a choice and returns what may be released now ("" while held back).
     *
     * @throws dev.gantry.core.error.GantryException of kind {@code CONTENT_FILTER} once an output rule blocks
     */
    String text(int choice, String delta);

    /** The choice has finished: returns what was still held back, checked. */
    String end(int choice);
}
