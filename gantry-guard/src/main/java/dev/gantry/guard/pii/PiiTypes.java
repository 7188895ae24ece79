package dev.gantry.guard.pii;

import java.util.Set;

/** Entity type names, spelled as Microsoft Presidio spells them so evaluation data lines up. */
public final class PiiTypes {
    public static final String EMAIL_ADDRESS = "EMAIL_ADDRESS";
    public static final String PHONE_NUMBER = "PHONE_NUMBER";
    public static final String CREDIT_CARD = "CREDIT_CARD";
    public static final String IBAN_CODE = "IBAN_CODE";
    public static final String US_SSN = "US_SSN";
    public static final String IP_ADDRESS = "IP_ADDRESS";
    public static final String SECRET = "SECRET";

    /** Every type this package can detect. */
    public static final Set<String> ALL =
            Set.of(EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD, IBAN_CODE, US_SSN, IP_ADDRESS, SECRET);

    private PiiTypes() {}
}
