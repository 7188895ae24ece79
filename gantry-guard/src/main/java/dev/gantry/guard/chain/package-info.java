/**
 * The guard chain: rules (detector, action, minimum score, types) applied to request and response texts.
 *
 * <p>How a gateway uses it, per request:
 * <pre>{@code
 * GuardChain guard = new GuardChain(policy, listener);          // once, shared
 * PseudonymVault vault = new PseudonymVault();                  // one per request
 * for (each message text) text = guard.checkInput(text, vault).textOrThrow();   // GuardBlockedException
 * // whole response:
 * String answer = guard.checkOutput(providerText, vault).textOrThrow();
 * // streamed response:
 * OutputStreamGuard out = guard.openOutputStream(vault);
 * for (each delta) { send(out.accept(delta)); if (out.blocked()) { sendError(out.toException()); return; } }
 * send(out.finish()); if (out.blocked()) sendError(out.toException());
 * }</pre>
 * Detectors see normalised text ({@link dev.gantry.guard.text.Normalizer}); decisions and rewrites apply to
 * the text as written. Decisions never hold the matched value.
 */
package dev.gantry.guard.chain;
