package dev.gantry.guard.chain;

import dev.gantry.guard.Finding;
import dev.gantry.guard.text.NormalizedText;
import dev.gantry.guard.text.Span;

/** A finding a rule applies to, with its span mapped back to the checked text. */
record Hit(GuardRule rule, Finding finding, Span span) {
    GuardAction action() {
        return rule.action();
    }

    /**
     * The decision to record, offsets moved by {@code offset}. The detector's reason is scrubbed of the value,
     * as written and as normalised, in case a detector quotes what it matched.
     */
    GuardDecision toDecision(NormalizedText scanned, int offset) {
        String written = scanned.original().substring(span.start(), span.end());
        String normalized = scanned.text().substring(clamp(finding.start(), scanned), clamp(finding.end(), scanned));
        String reason = scrub(scrub(finding.reason(), normalized, finding.type()), written, finding.type());
        return new GuardDecision(rule.name(), rule.detector().name(), rule.action(), finding.type(), finding.score(),
                reason, span.shift(offset));
    }

    private static int clamp(int i, NormalizedText scanned) {
        return Math.min(i, scanned.text().length());
    }

    /** Values this short are too common to scrub, and too short to be secrets. */
    private static final int MIN_SCRUBBED = 3;

    static String scrub(String reason, String value, String type) {
        String v = value.strip();
        if (v.length() < MIN_SCRUBBED) return reason;
        return reason.replace(v, "[" + PseudonymVault.label(type) + "]");
    }
}
