package dev.gantry.guard.exchange;

import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.guard.GuardScope;
import dev.gantry.core.guard.GuardedExchange;
import dev.gantry.core.guard.Guardrail;
import dev.gantry.guard.chain.GuardDecision;
import dev.gantry.guard.chain.InputResult;
import dev.gantry.guard.chain.PseudonymVault;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The gateway's guardrail: picks the policy for a request (the key's, else the alias's, else {@code default};
 * none: the request passes untouched), runs its input rules on every message, and guards the answer.
 */
public final class PolicyGuardrail implements Guardrail {
    public static final String DEFAULT_POLICY = "default";
    private final Map<String, PolicyChains> policies;
    private final Map<String, String> byModel;
    private final Map<String, String> byKey;
    private final Consumer<GuardedCall> onFinished;

    /**
     * @param policies   chains by policy name
     * @param byModel    model alias to policy name
     * @param byKey      key name to policy name (wins over the alias's)
     * @param onFinished told about every guarded call once its decisions are known (logs, metrics, audit);
     *                   must not block
     */
    public PolicyGuardrail(Map<String, PolicyChains> policies, Map<String, String> byModel, Map<String, String> byKey,
                           Consumer<GuardedCall> onFinished) {
        this.policies = Map.copyOf(policies);
        this.byModel = Map.copyOf(byModel);
        this.byKey = Map.copyOf(byKey);
        this.onFinished = onFinished;
    }

    @Override
    public GuardedExchange open(ChatRequest request, GuardScope scope) {
        PolicyChains chains = policyFor(scope);
        if (chains == null) return GuardedExchange.passthrough(request);
        return PolicyExchange.open(request, scope, chains, new PseudonymVault(), onFinished);
    }

    /**
     * Each passage through the policy's sources chain: a blocked one is left out (null), the others come back
     * redacted. Pseudonyms made here are never restored (the passage is not the client's own text), so
     * pseudonymize acts as a numbered redaction on sources.
     */
    @Override
    public List<String> screenSources(List<String> passages, GuardScope scope) {
        PolicyChains chains = policyFor(scope);
        if (chains == null) return passages;
        PseudonymVault vault = new PseudonymVault();
        List<String> out = new ArrayList<>(passages.size());
        List<GuardDecision> decisions = new ArrayList<>();
        for (String passage : passages) {
            InputResult r = chains.sources().checkInput(passage, vault);
            decisions.addAll(r.decisions());
            out.add(r.blocked() ? null : r.text());
        }
        if (!decisions.isEmpty()) {
            onFinished.accept(new GuardedCall(scope, chains.name(),
                    decisions.stream().map(d -> PolicyExchange.verdict("sources", d)).toList()));
        }
        return out;
    }

    private PolicyChains policyFor(GuardScope scope) {
        String name = scope.keyName() == null ? null : byKey.get(scope.keyName());
        if (name == null) name = byModel.get(scope.model());
        if (name == null) name = DEFAULT_POLICY;
        return policies.get(name);
    }
}
