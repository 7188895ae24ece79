package dev.gantry.guard.chain;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;

/**
 * A request refused, or a response cut, by the guard. The message names the rule, the type and where,
 * never the value, so adapters can show it in the client's error shape as for any {@link GantryException}.
 * Not retriable: another provider would get the same text.
 */
public class GuardBlockedException extends GantryException {
    private final transient GuardDirection direction;
    private final transient GuardDecision decision;

    public GuardBlockedException(GuardDirection direction, GuardDecision decision) {
        super(kindOf(decision), direction.noun() + " blocked by guard " + decision.describe());
        this.direction = direction;
        this.decision = decision;
    }

    public GuardDirection direction() {
        return direction;
    }

    public GuardDecision decision() {
        return decision;
    }

    /** Too large: 413; a detector that failed is our fault: 500; a finding: 400 content_filter, as Azure OpenAI answers. */
    private static ErrorKind kindOf(GuardDecision decision) {
        return switch (decision.findingType()) {
            case GuardDecision.UNCHECKED_TOO_LARGE -> ErrorKind.PAYLOAD_TOO_LARGE;
            case GuardDecision.UNCHECKED_DETECTOR_FAILED -> ErrorKind.INTERNAL;
            default -> ErrorKind.CONTENT_FILTER;
        };
    }
}
