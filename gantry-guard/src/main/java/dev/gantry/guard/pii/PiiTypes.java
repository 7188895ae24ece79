package dev.gantry.guard.pii;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Entity type names, spelled as Microsoft Presidio spells them so evaluation data lines up. */
public final class PiiTypes {
    public static final String EMAIL_ADDRESS = "EMAIL_ADDRESS";
    public static final String PHONE_NUMBER = "PHONE_NUMBER";
    public static final String CREDIT_CARD = "CREDIT_CARD";
    public static final String IBAN_CODE = "IBAN_CODE";
    public static final String US_SSN = "US_SSN";
    public static final String IP_ADDRESS = "IP_ADDRESS";
    public static final String SECRET = "SECRET";
    /** A person's name (first, last or full), found by the entity model. */
    public static final String PERSON = "PERSON";
    /** A place: city, country, region (Presidio's GPE and LOCATION). */
    public static final String LOCATION = "LOCATION";
    public static final String ORGANIZATION = "ORGANIZATION";
    /** A street address, post box or military address, found by a grammar of street words and numbers. */
    public static final String STREET_ADDRESS = "STREET_ADDRESS";

    /** Types found by rules and checksums: precise, cheap. */
    public static final Set<String> STRUCTURED =
            Set.of(EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD, IBAN_CODE, US_SSN, IP_ADDRESS, SECRET);

    /** Types found by the statistical entity model: less precise than the structured ones. */
    public static final Set<String> NAMED_ENTITIES = Set.of(PERSON, LOCATION, ORGANIZATION);

    /** Types found by a grammar of street words and numbers: addresses, post boxes, military addresses. */
    public static final Set<String> ADDRESSES = Set.of(STREET_ADDRESS);

    /**
     * What {@code new PiiDetector()} looks for: the structured types and street addresses. The address grammar
     * reported nothing on about 21,000 ordinary texts (SciFact, the guard dev sets, the multilingual sets). The
     * entity model is opt-in (select its types explicitly) because it is far less precise: on 1,500 SciFact
     * abstracts it reports about one name or place per abstract, many of them gene names and acronyms
     * (docs/benchmarks.md).
     */
    public static final Set<String> DEFAULT = union(STRUCTURED, ADDRESSES);

    /** Every type this package can detect. */
    public static final Set<String> ALL = union(STRUCTURED, union(NAMED_ENTITIES, ADDRESSES));

    private PiiTypes() {}

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
