package dev.gantry.guard.chain;

import dev.gantry.guard.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The guard of a gateway: checks request texts before the provider sees them and response texts before the
 * client does. Detectors run on a normalised copy of the text (so zero-width and look-alike tricks do not
 * hide a value); decisions and rewrites apply to the text itself. Thread-safe; one per policy.
 *
 * <p>Per request: {@code checkInput} each text with one {@link PseudonymVault}, then {@code checkOutput} the
 * response with that vault, or {@code openOutputStream(vault)} and feed it each delta.
 */
public final class GuardChain {
    private final GuardPolicy policy;
    private final GuardListener listener;
    private final RuleScanner scanner;

    public GuardChain(GuardPolicy policy) {
        this(policy, GuardListener.LOGGING);
    }

    public GuardChain(GuardPolicy policy, GuardListener listener) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.listener = shielded(Objects.requireNonNull(listener, "listener"));
        this.scanner = new RuleScanner(new Normalizer(policy.maxChars()));
    }

    public GuardPolicy policy() {
        return policy;
    }

    /** Checks one request text with a fresh vault. */
    public InputResult checkInput(String text) {
        return checkInput(text, new PseudonymVault());
    }

    /**
     * Checks one request text. Pass the same vault for every text of a request (all its messages), so a
     * value gets the same placeholder everywhere and the response can be restored.
     */
    public InputResult checkInput(String text, PseudonymVault vault) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(vault, "vault");
        if (text.length() > policy.maxChars() && policy.failClosed()) {
            // refuse before spending time on a text we will not let through anyway
            return blocked(List.of(GuardDecision.tooLarge(GuardAction.BLOCK, text.length(), policy.maxChars())), vault);
        }
        RuleScanner.Scan scan = scanner.scan(policy.input(), text);
        List<GuardDecision> decisions = new ArrayList<>(scan.unchecked(policy.uncheckedAction()));
        for (Hit h : scan.hits()) decisions.add(h.toDecision(scan.normalized(), 0));
        if (decisions.stream().anyMatch(d -> d.action() == GuardAction.BLOCK)) return blocked(decisions, vault);
        decisions.forEach(d -> listener.onDecision(GuardDirection.INPUT, d));
        return new InputResult(Rewriter.rewrite(text, scan.hits(), vault), decisions, null, vault);
    }

    /** Checks a whole response: restores the vault's placeholders, then applies the output rules. */
    public OutputResult checkOutput(String text, PseudonymVault vault) {
        Objects.requireNonNull(text, "text");
        return openOutputStream(vault).checkWhole(text);
    }

    /** A guard for one streamed response of the request that filled {@code vault}. */
    public OutputStreamGuard openOutputStream(PseudonymVault vault) {
        Objects.requireNonNull(vault, "vault");
        return new OutputStreamGuard(policy, scanner, listener, vault);
    }

    /** A failing log or metric must not fail the request, nor skip the guard's own decision. */
    private static GuardListener shielded(GuardListener listener) {
        return (direction, decision) -> {
            try {
                listener.onDecision(direction, decision);
            } catch (RuntimeException e) {
                System.getLogger("dev.gantry.guard").log(System.Logger.Level.WARNING, "a guard listener failed", e);
            }
        };
    }

    private InputResult blocked(List<GuardDecision> decisions, PseudonymVault vault) {
        decisions.forEach(d -> listener.onDecision(GuardDirection.INPUT, d));
        GuardDecision first = decisions.stream().filter(d -> d.action() == GuardAction.BLOCK).findFirst().orElseThrow();
        return new InputResult(null, decisions, first, vault);
    }
}
