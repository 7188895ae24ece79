package dev.gantry.guard.exchange;

import dev.gantry.core.chat.ChatMessage;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.Choice;
import dev.gantry.core.chat.Role;
import dev.gantry.core.chat.ToolCall;
import dev.gantry.core.guard.GuardScope;
import dev.gantry.core.guard.GuardVerdict;
import dev.gantry.core.guard.GuardedExchange;
import dev.gantry.core.guard.StreamFilter;
import dev.gantry.guard.chain.GuardChain;
import dev.gantry.guard.chain.GuardDecision;
import dev.gantry.guard.chain.InputResult;
import dev.gantry.guard.chain.OutputResult;
import dev.gantry.guard.chain.PseudonymVault;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** One request under one policy: the checked request, and the checks its answer goes through. */
final class PolicyExchange implements GuardedExchange {
    /** The client's request until the input rules ran, then the checked one. */
    private ChatRequest request;
    private final GuardScope scope;
    private final PolicyChains chains;
    private final PseudonymVault vault;
    private final Consumer<GuardedCall> onFinished;
    private final List<GuardVerdict> verdicts = Collections.synchronizedList(new ArrayList<>());

    private PolicyExchange(ChatRequest request, GuardScope scope, PolicyChains chains, PseudonymVault vault,
                           Consumer<GuardedCall> onFinished) {
        this.request = request;
        this.scope = scope;
        this.chains = chains;
        this.vault = vault;
        this.onFinished = onFinished;
    }

    /** Runs the input rules on every message, with one vault so a value gets one placeholder everywhere. */
    static PolicyExchange open(ChatRequest request, GuardScope scope, PolicyChains chains, PseudonymVault vault,
                               Consumer<GuardedCall> onFinished) {
        PolicyExchange exchange = new PolicyExchange(request, scope, chains, vault, onFinished);
        List<GuardDecision> decisions = new ArrayList<>();
        try {
            exchange.request = RequestTexts.rewrite(request, (role, text) -> {
                InputResult r = chainFor(role, chains).checkInput(text, vault);
                decisions.addAll(r.decisions());
                if (r.blocked()) throw r.toException();
                return r.text();
            });
            return exchange;
        } finally {
            exchange.record("input", decisions); // a blocked request's decisions are reported too
        }
    }

    private static GuardChain chainFor(Role role, PolicyChains chains) {
        return role == Role.USER || role == Role.TOOL ? chains.conversation() : chains.context();
    }

    @Override
    public ChatRequest request() {
        return request;
    }

    @Override
    public ChatResponse answer(ChatResponse response) {
        List<GuardDecision> decisions = new ArrayList<>();
        try {
            List<Choice> choices = new ArrayList<>(response.choices().size());
            for (Choice c : response.choices()) choices.add(check(c, decisions));
            return new ChatResponse(response.id(), response.model(), response.created(), choices, response.usage(),
                    response.systemFingerprint(), response.stopSequence());
        } finally {
            record("output", decisions);
        }
    }

    private Choice check(Choice c, List<GuardDecision> decisions) {
        if (c.message() == null) return c;
        ChatMessage m = RequestTexts.rewrite(c.message(), (role, text) -> {
            OutputResult r = chains.conversation().checkOutput(text, vault);
            decisions.addAll(r.decisions());
            if (r.blocked()) throw r.toException();
            return r.text();
        });
        return new Choice(c.index(), restoreToolCalls(m), c.finishReason(), c.logprobs());
    }

    /** Tool arguments get the client's own values back: a tool must act on the real address, not a placeholder. */
    private ChatMessage restoreToolCalls(ChatMessage m) {
        if (m.toolCalls().isEmpty() || vault.isEmpty()) return m;
        List<ToolCall> calls = m.toolCalls().stream()
                .map(t -> new ToolCall(t.id(), t.name(), t.arguments() == null ? null : vault.restore(t.arguments())))
                .toList();
        return new ChatMessage(m.role(), m.content(), calls, m.toolCallId(), m.name(), m.isError());
    }

    @Override
    public StreamFilter stream() {
        return new ChainStreamFilter(chains.conversation(), vault, decisions -> record("output", decisions));
    }

    @Override
    public List<GuardVerdict> verdicts() {
        return List.copyOf(verdicts);
    }

    private void record(String stage, List<GuardDecision> decisions) {
        if (decisions.isEmpty()) return;
        List<GuardVerdict> stageVerdicts = decisions.stream().map(d -> verdict(stage, d)).toList();
        verdicts.addAll(stageVerdicts);
        onFinished.accept(new GuardedCall(scope, chains.name(), stageVerdicts));
    }

    static GuardVerdict verdict(String stage, GuardDecision d) {
        return new GuardVerdict(stage, d.detector(), d.action().name().toLowerCase(Locale.ROOT), d.findingType(),
                d.score(), d.reason());
    }
}
