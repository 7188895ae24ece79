package dev.gantry.guard.pii;

import dev.gantry.guard.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Payment card numbers: 12-19 digits, plain or grouped by spaces or dashes, Luhn-valid and in a known IIN range. */
final class CreditCardRecognizer implements SingleTypeRecognizer {
    // Plain runs, 4-4-4-4(-3) and 4-6-4/5 groupings; the separator must be the same throughout.
    static final Pattern CARD = Pattern.compile(
            "(?<![\\p{Alnum}_.-])(?:\\d{12,19}"
                    + "|\\d{4}([ -])\\d{4}\\1\\d{4}\\1\\d{1,4}(?:\\1\\d{3})?"
                    + "|\\d{4}([ -])\\d{6}\\2\\d{4,5})"
                    + "(?![\\p{Alnum}_]|[-.]\\d)");

    @Override
    public String type() {
        return PiiTypes.CREDIT_CARD;
    }

    @Override
    public List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        Starts.forEach(CARD, text, Starts.DIGIT_RUN, m -> {
            String digits = m.group().replaceAll("[ -]", "");
            Optional<CardIssuer> issuer = CardIssuer.of(digits);
            if (issuer.isPresent() && Luhn.isValid(digits)) {
                String reason = "Luhn-valid " + digits.length() + "-digit card number in a " + issuer.get().network()
                        + " range";
                found.add(new Finding(type(), m.start(), m.end(), 0.95, reason));
            }
        });
        return found;
    }
}
