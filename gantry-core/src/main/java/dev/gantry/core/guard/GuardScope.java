package dev.gantry.core.guard;

/**
 * Whose request is being checked: picks the policy (per model alias, per key) and labels decisions.
 *
 * @param requestId the request's id, for decisions in logs and the audit log
 * @param model     the alias the client asked for
 * @param keyName   the virtual key's name, or null without keys (and for Gantry's own calls)
 */
public record GuardScope(String requestId, String model, String keyName) {
}
