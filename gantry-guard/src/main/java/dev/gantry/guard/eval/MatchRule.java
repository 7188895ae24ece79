package dev.gantry.guard.eval;

/** When a predicted span counts as finding a gold span of the same type. */
public enum MatchRule {
    /**
     * Intersection over union of the two spans is at least 0.5: tolerant of a trailing extension or a missing
     * "+", but a prediction covering two entities, or half of one, does not count.
     */
    IOU_HALF {
        @Override
        public boolean matches(int predStart, int predEnd, int goldStart, int goldEnd) {
            return iou(predStart, predEnd, goldStart, goldEnd) >= 0.5;
        }
    },
    /** Same start and same end. */
    EXACT {
        @Override
        public boolean matches(int predStart, int predEnd, int goldStart, int goldEnd) {
            return predStart == goldStart && predEnd == goldEnd;
        }
    };

    public abstract boolean matches(int predStart, int predEnd, int goldStart, int goldEnd);

    static double iou(int aStart, int aEnd, int bStart, int bEnd) {
        int intersection = Math.min(aEnd, bEnd) - Math.max(aStart, bStart);
        if (intersection <= 0) return 0;
        int union = Math.max(aEnd, bEnd) - Math.min(aStart, bStart);
        return (double) intersection / union;
    }
}
