package dev.gantry.guard.chain;

/** What a rule does with a finding, weakest first: when findings overlap, the strongest action wins. */
public enum GuardAction {
    /** Log and count only; the text goes through unchanged. */
    FLAG,
    /** Input only: the provider sees a placeholder such as {@code <EMAIL_ADDRESS_1>}, the client the value. */
    PSEUDONYMIZE,
    /** Replace the value with its type, such as {@code [EMAIL_ADDRESS]}, for good. */
    REDACT,
    /** Refuse the request, or end the response, with an error naming the rule. */
    BLOCK;

    public boolean strongerThan(GuardAction other) {
        return compareTo(other) > 0;
    }

    /** Changes the text: the value is replaced. */
    boolean rewrites() {
        return this == PSEUDONYMIZE || this == REDACT;
    }
}
