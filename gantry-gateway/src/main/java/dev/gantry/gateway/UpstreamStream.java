package dev.gantry.gateway;

import dev.gantry.core.chat.ChatChunk;
import dev.gantry.core.chat.ChatRequest;
import dev.gantry.core.chat.ChatResponse;
import dev.gantry.core.chat.ChatStream;
import dev.gantry.core.chat.ChoiceDelta;
import dev.gantry.core.chat.ToolCallDelta;
import dev.gantry.core.chat.Usage;
import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import dev.gantry.core.error.ProviderException;
import dev.gantry.core.guard.StreamFilter;
import dev.gantry.core.keys.VirtualKey;
import dev.gantry.gateway.admission.Admission;
import dev.gantry.gateway.output.StreamCheck;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A stream committed to one upstream, handed to the server after its first token. {@link #next()} yields
 * chunks for the client (the usage chunk only when the client asked for it: the gateway always asks the
 * upstream, to account exactly), returns null at the normal end, and throws when the upstream failed
 * or the total timeout passed: the server must then end the stream with an explicit error event.
 * {@link #close()} (client gone) cancels the upstream call. Accounting happens exactly once, at the end.
 */
final class UpstreamStream implements GatewayStream {
    private final ChatGateway gateway;
    private final ChatGateway.Opened opened;
    private final ChatStream upstream;
    private final ArrayDeque<ChatChunk> prefix;
    private final ChatRequest request;
    private final RequestContext ctx;
    private final VirtualKey key;
    private final Admission.Ticket ticket;
    private final Router.Trace trace;
    private final StreamFilter guard;
    private final StreamCheck check;
    private final java.util.function.Consumer<ChatResponse> onAnswered;
    private final StreamAssembler answer;
    private final long ttftMs;
    private final Future<?> totalTimer;
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile boolean totalTimedOut;
    private volatile boolean clientGone;
    private final StringBuilder output = new StringBuilder();
    private final TokenGaps gaps = new TokenGaps();
    private Usage usage;
    private BigDecimal cost = BigDecimal.ZERO;

    UpstreamStream(ChatGateway gateway, ChatGateway.Opened opened, ChatRequest request, RequestContext ctx,
                  VirtualKey key, Admission.Ticket ticket, Router.Trace trace, StreamFilter guard, StreamCheck check,
                  java.util.function.Consumer<ChatResponse> onAnswered) {
        this.gateway = gateway;
        this.opened = opened;
        this.upstream = opened.stream();
        this.prefix = opened.prefix();
        this.request = request;
        this.ctx = ctx;
        this.key = key;
        this.ticket = ticket;
        this.trace = trace;
        this.guard = guard;
        this.check = check;
        this.onAnswered = onAnswered;
        this.answer = onAnswered == null ? null : new StreamAssembler();
        this.ttftMs = ctx.elapsedMillis();
        Attempt a = opened.attempt();
        this.totalTimer = gateway.watchdog().after(ChatGateway.remaining(a.route().timeouts().total(), a.startNanos()), () -> {
            totalTimedOut = true;
            upstream.close();
        });
    }

    public String provider() {
        return opened.attempt().provider();
    }

    public String upstreamModel() {
        return opened.attempt().upstreamModel();
    }

    public int attempts() {
        return trace.attempts;
    }

    public String route() {
        return trace.route();
    }

    @Override
    public String cache() {
        return trace.cache;
    }

    @Override
    public String selected() {
        return trace.selection == null ? null : trace.selection.verdict();
    }


    /** The cost, known once the stream has ended. */
    public BigDecimal cost() {
        return cost;
    }

    public ChatChunk next() {
        if (finished.get()) return null;
        try {
            while (true) {
                ChatChunk c = prefix.isEmpty() ? (opened.ended() ? null : upstream.next()) : prefix.poll();
                if (c == null) {
                    check.end();
                    complete(null);
                    if (answer != null) onAnswered.accept(answer.response()); // whole and checked: worth keeping
                    return null;
                }
                observe(c);
                ChatChunk out = forClient(c);
                if (answer != null) answer.add(out, c.usage());
                if (out != null) return out;
            }
        } catch (GantryException e) {
            GantryException err = explain(e);
            complete(err);
            throw err;
        }
    }

    private GantryException explain(GantryException e) {
        if (totalTimedOut) {
            return new ProviderException(ErrorKind.TIMEOUT, provider(), 0, "the stream from provider '" + provider()
                    + "' passed the total timeout (" + opened.attempt().route().timeouts().total().toMillis() + " ms)", null, e);
        }
        if (clientGone) return new GantryException(ErrorKind.CANCELLED, "the client disconnected", e);
        return e;
    }

    private void observe(ChatChunk c) {
        if (c.usage() != null) usage = c.usage();
        int before = output.length();
        for (ChoiceDelta d : c.choices()) {
            if (d.content() != null) output.append(d.content());
            if (d.reasoning() != null) output.append(d.reasoning());
            for (ToolCallDelta t : d.toolCalls()) {
                if (t.name() != null) output.append(t.name());
                if (t.arguments() != null) output.append(t.arguments());
            }
        }
        if (output.length() > before) gaps.arrived(System.nanoTime());
    }

    private ChatChunk forClient(ChatChunk c) {
        List<ChoiceDelta> choices = guarded(c.choices());
        checkFormat(choices);
        if (request.includeUsage() || c.usage() == null) {
            return choices == c.choices() ? c : new ChatChunk(c.id(), c.model(), c.created(), choices, c.usage(),
                    c.systemFingerprint());
        }
        if (choices.isEmpty()) return null;
        return new ChatChunk(c.id(), c.model(), c.created(), choices, null, c.systemFingerprint());
    }

    /** What the client receives, held to the response_format: a broken answer ends the stream here. */
    private void checkFormat(List<ChoiceDelta> choices) {
        if (!check.enabled()) return;
        for (ChoiceDelta d : choices) {
            if (!d.toolCalls().isEmpty()) check.toolCall(d.index());
            check.text(d.index(), d.content());
        }
    }

    /** Answer text through the output guard: held back at most one window, the rest released at the finish. */
    private List<ChoiceDelta> guarded(List<ChoiceDelta> choices) {
        if (guard == StreamFilter.NONE) return choices;
        List<ChoiceDelta> out = new ArrayList<>(choices.size());
        for (ChoiceDelta d : choices) {
            String text = d.content() == null ? null : guard.text(d.index(), d.content());
            if (d.finishReason() != null) {
                String rest = guard.end(d.index());
                if (!rest.isEmpty()) text = text == null ? rest : text + rest;
            }
            out.add(new ChoiceDelta(d.index(), d.role(), text, d.reasoning(), d.reasoningSignature(), d.toolCalls(),
                    d.finishReason(), d.logprobs()));
        }
        return out;
    }

    /** Client gone (or the server gave up): cancels the upstream call and accounts what was streamed. */
    @Override
    public void close() {
        if (finished.get()) return;
        clientGone = true;
        upstream.close();
        complete(new GantryException(ErrorKind.CANCELLED, "the client disconnected"));
    }

    private void complete(GantryException error) {
        if (!finished.compareAndSet(false, true)) return;
        totalTimer.cancel(false);
        upstream.close();
        Attempt a = opened.attempt();
        long took = System.nanoTime() - a.startNanos();
        trace.upstreamNanos += took;
        trace.tokenGapsNanos = gaps.toArray();
        String answer = output.toString();
        trace.capture = () -> CapturedExchange.of(request, answer);
        settleHealth(a, error, took);
        Pipeline p = gateway.pipeline();
        Usage u = usage != null ? usage : estimatedUsage();
        cost = p.costs.cost(a.provider(), a.upstreamModel(), u);
        p.admission.settle(ticket, u.totalTokens(), cost);
        int status = error != null && error.kind() == ErrorKind.CANCELLED ? 499 : 200;
        p.report(ctx, key, request.model(), trace, u, cost, status, error, true, ttftMs);
    }

    private void settleHealth(Attempt a, GantryException error, long took) {
        if (error == null) a.target().succeeded(took);
        else Router.settleFailure(a.target(), error, took);
    }

    /** When a stream ends without a usage report (cut, cancelled), bill what we can count ourselves. */
    private Usage estimatedUsage() {
        var tokens = gateway.tokens();
        return Usage.of(tokens.promptTokens(request), tokens.count(output.toString()));
    }
}
