package dev.gantry.guard.pii;

import dev.gantry.core.error.GantryException;
import dev.gantry.guard.Detector;
import dev.gantry.guard.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Structured PII and secrets (see {@link PiiTypes}) by rules and checksums, no model. Findings of all selected types
 * are merged by {@link OverlapResolver}: non-overlapping, sorted by start.
 */
public final class PiiDetector implements Detector {
    private static final List<Recognizer> ALL_RECOGNIZERS = List.of(
            new EmailRecognizer(), new PhoneRecognizer(), new CreditCardRecognizer(), new IbanRecognizer(),
            new UsSsnRecognizer(), new IpAddressRecognizer(), new SecretRecognizer());

    private final List<Recognizer> recognizers;

    /** Looks for every type in {@link PiiTypes#ALL}. */
    public PiiDetector() {
        this(PiiTypes.ALL);
    }

    /** Looks only for {@code types}; each must be one of {@link PiiTypes#ALL}, else an invalid-request error. */
    public PiiDetector(Set<String> types) {
        Set<String> unknown = new TreeSet<>(types);
        unknown.removeAll(PiiTypes.ALL);
        if (!unknown.isEmpty()) {
            throw GantryException.invalid("types", "unknown PII types " + unknown + "; use any of "
                    + new TreeSet<>(PiiTypes.ALL));
        }
        this.recognizers = ALL_RECOGNIZERS.stream().filter(r -> types.contains(r.type())).toList();
    }

    @Override
    public String name() {
        return "pii";
    }

    /** The entity types this instance reports, spelled as Presidio does. */
    public Set<String> supportedTypes() {
        return new TreeSet<>(recognizers.stream().map(Recognizer::type).toList());
    }

    @Override
    public List<Finding> scan(String text) {
        if (text == null || text.isEmpty()) return List.of();
        List<Finding> all = new ArrayList<>();
        for (Recognizer recognizer : recognizers) all.addAll(recognizer.find(text));
        return OverlapResolver.resolve(all);
    }
}
