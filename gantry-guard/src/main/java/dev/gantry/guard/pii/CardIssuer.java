package dev.gantry.guard.pii;

import java.util.List;
import java.util.Optional;

/**
 * Issuer identification number (IIN) ranges of the major card networks with the lengths they issue. A number must
 * fall in one of them, on top of passing Luhn, so that random Luhn-valid digit runs (one in ten) are mostly rejected.
 *
 * @param low  first prefix of the range, inclusive
 * @param high last prefix of the range, inclusive, same number of digits as {@code low}
 */
record CardIssuer(String network, String low, String high, int minLength, int maxLength) {
    static final List<CardIssuer> KNOWN = List.of(
            new CardIssuer("Visa", "4", "4", 13, 19),
            new CardIssuer("Mastercard", "51", "55", 16, 16),
            new CardIssuer("Mastercard", "2221", "2720", 16, 16),
            new CardIssuer("Mir", "2200", "2204", 16, 19),
            new CardIssuer("American Express", "34", "34", 15, 15),
            new CardIssuer("American Express", "37", "37", 15, 15),
            new CardIssuer("Diners Club", "300", "305", 14, 19),
            new CardIssuer("Diners Club", "309", "309", 14, 19),
            new CardIssuer("Diners Club", "36", "36", 14, 19),
            new CardIssuer("Diners Club", "38", "39", 14, 19),
            // JCB's own range is 3528-3589; the whole 35 block is accepted because issuers' test and co-branded
            // cards use it and the Luhn check already carries most of the evidence.
            new CardIssuer("JCB", "35", "35", 16, 19),
            new CardIssuer("JCB", "2131", "2131", 15, 15),
            new CardIssuer("JCB", "1800", "1800", 15, 15),
            new CardIssuer("Discover", "6011", "6011", 16, 19),
            new CardIssuer("Discover", "644", "649", 16, 19),
            new CardIssuer("Discover", "65", "65", 16, 19),
            new CardIssuer("UnionPay", "62", "62", 16, 19),
            new CardIssuer("RuPay", "60", "60", 16, 16),
            // Maestro issues 12 to 19 digits, the only network below 13.
            new CardIssuer("Maestro", "50", "50", 12, 19),
            new CardIssuer("Maestro", "56", "69", 12, 19),
            // Listed for Maestro in older published IIN tables and still produced by common test-data generators.
            new CardIssuer("Maestro", "0604", "0604", 12, 19));

    static Optional<CardIssuer> of(String digits) {
        return KNOWN.stream().filter(issuer -> issuer.issues(digits)).findFirst();
    }

    boolean issues(String digits) {
        if (digits.length() < minLength || digits.length() > maxLength || digits.length() < low.length()) return false;
        String prefix = digits.substring(0, low.length());
        return prefix.compareTo(low) >= 0 && prefix.compareTo(high) <= 0;
    }
}
