package dev.gantry.guard.chain;

/** Which side of the provider call a decision was taken on. */
public enum GuardDirection {
    INPUT("request"),
    OUTPUT("response");

    private final String noun;

    GuardDirection(String noun) {
        this.noun = noun;
    }

    /** What the client calls the checked text, for error messages. */
    public String noun() {
        return noun;
    }
}
