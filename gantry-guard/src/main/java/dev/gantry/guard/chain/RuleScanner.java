package dev.gantry.guard.chain;

import dev.gantry.guard.Detector;
import dev.gantry.guard.Finding;
import dev.gantry.guard.text.NormalizedText;
import dev.gantry.guard.text.Normalizer;
import dev.gantry.guard.text.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Runs a list of rules over a text: normalises it once, runs each detector once (several rules may share
 * one), maps findings back to the text and keeps those a rule applies to. Never throws for a detector:
 * failures are returned so the chain can fail closed or open.
 */
final class RuleScanner {
    record Failure(String detector, Throwable error) {
    }

    /** Hits are in order of span start. */
    record Scan(NormalizedText normalized, List<Hit> hits, List<Failure> failures) {
        /** Decisions for what could not be checked: a tail beyond the limit, detectors that failed. */
        List<GuardDecision> unchecked(GuardAction action) {
            List<GuardDecision> decisions = new ArrayList<>();
            int length = normalized.original().length();
            if (normalized.truncated()) decisions.add(GuardDecision.tooLarge(action, length, normalized.checkedLength()));
            for (Failure f : failures) decisions.add(GuardDecision.detectorFailed(action, f.detector(), f.error(), new Span(0, length)));
            return decisions;
        }
    }

    private final Normalizer normalizer;

    RuleScanner(Normalizer normalizer) {
        this.normalizer = normalizer;
    }

    Scan scan(List<GuardRule> rules, String text) {
        NormalizedText normalized = normalizer.normalize(text);
        List<Hit> hits = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (Detector detector : distinctDetectors(rules)) {
            try {
                for (Finding f : findings(detector, normalized.text())) {
                    addHits(rules, detector, f, normalized, hits);
                }
            } catch (RuntimeException | StackOverflowError e) {
                // a regex gone deep on a huge input throws StackOverflowError: a detector failure like any other
                failures.add(new Failure(detector.name(), e));
            }
        }
        hits.sort(Comparator.comparingInt(h -> h.span().start()));
        return new Scan(normalized, hits, failures);
    }

    private static List<Finding> findings(Detector detector, String text) {
        List<Finding> findings = detector.scan(text);
        if (findings == null) throw new IllegalStateException("the detector returned null");
        for (Finding f : findings) {
            if (f == null) throw new IllegalStateException("the detector returned a null finding");
        }
        return findings;
    }

    private static void addHits(List<GuardRule> rules, Detector detector, Finding f, NormalizedText normalized, List<Hit> hits) {
        for (GuardRule rule : rules) {
            if (rule.detector() == detector && rule.applies(f)) {
                hits.add(new Hit(rule, f, normalized.toOriginal(f.start(), f.end())));
            }
        }
    }

    private static List<Detector> distinctDetectors(List<GuardRule> rules) {
        Set<Detector> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Detector> distinct = new ArrayList<>();
        for (GuardRule rule : rules) {
            if (seen.add(rule.detector())) distinct.add(rule.detector());
        }
        return distinct;
    }
}
