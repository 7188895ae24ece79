package dev.gantry.guard.exchange;

import dev.gantry.core.guard.GuardScope;
import dev.gantry.core.guard.GuardVerdict;
import java.util.List;

/** One request's guard decisions, reported once per stage that decided something. */
public record GuardedCall(GuardScope scope, String policy, List<GuardVerdict> verdicts) {
}
