package dev.gantry.guard.pii;

import dev.gantry.core.error.GantryException;
import dev.gantry.guard.Detector;
import dev.gantry.guard.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Structured PII and secrets by rules and checksums, street addresses by a grammar of street words and numbers, and
 * person names, locations and organisations by a statistical model (see {@link PiiTypes}). Findings of the selected
 * types are merged by {@link OverlapResolver}: non-overlapping, sorted by start.
 */
public final class PiiDetector implements Detector {
    private static final List<Recognizer> ALL_RECOGNIZERS = List.of(
            new EmailRecognizer(), new PhoneRecognizer(), new CreditCardRecognizer(), new IbanRecognizer(),
            new UsSsnRecognizer(), new IpAddressRecognizer(), new SecretRecognizer(), new StreetAddressRecognizer(),
            new EntityRecognizer());

    private final List<Recognizer> recognizers;
    private final Set<String> types;

    /** Looks for the {@link PiiTypes#DEFAULT} types (the structured ones and street addresses). */
    public PiiDetector() {
        this(PiiTypes.DEFAULT);
    }

    /** Looks only for {@code types}; each must be one of {@link PiiTypes#ALL}, else an invalid-request error. */
    public PiiDetector(Set<String> types) {
        Set<String> unknown = new TreeSet<>(types);
        unknown.removeAll(PiiTypes.ALL);
        if (!unknown.isEmpty()) {
            throw GantryException.invalid("types", "unknown PII types " + unknown + "; use any of "
                    + new TreeSet<>(PiiTypes.ALL));
        }
        this.types = Set.copyOf(types);
        this.recognizers = ALL_RECOGNIZERS.stream().filter(r -> r.types().stream().anyMatch(types::contains)).toList();
    }

    @Override
    public String name() {
        return "pii";
    }

    /** The entity types this instance reports, spelled as Presidio does. */
    public Set<String> supportedTypes() {
        return new TreeSet<>(types);
    }

    @Override
    public List<Finding> scan(String text) {
        if (text == null || text.isEmpty()) return List.of();
        List<Finding> all = new ArrayList<>();
        for (Recognizer recognizer : recognizers) all.addAll(recognizer.find(text));
        all.removeIf(f -> !types.contains(f.type())); // a multi-type recognizer may report unselected types
        return OverlapResolver.resolve(all);
    }
}
