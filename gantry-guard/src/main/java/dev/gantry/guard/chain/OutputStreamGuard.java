package dev.gantry.guard.chain;

import dev.gantry.guard.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Guards one streamed response. Deltas go in, safe text comes out: placeholders are restored, and the last
 * {@code window} chars are held back so a value split across deltas is seen whole before any of it leaves.
 * Text leaves only after the output rules ran over it, with the values to redact replaced; a finding that
 * straddles the release point is released (redacted) whole. Findings are acted on when they reach the
 * release point, so the result does not depend on how the response was split into deltas. The detectors also see up
 * to {@value #CONTEXT_CHARS} chars of what was already released, as context only: whether an address stands in a
 * sentence, or a name after "Dear", depends on the words before it. On a BLOCK
 * finding the guard stops: nothing more comes out and {@link #blocking()} tells the caller how to end the
 * stream. Not thread-safe: one per stream, fed in order.
 */
public final class OutputStreamGuard {
    /** Released text shown to the detectors before the pending text: the sentence or line an entity stands in. */
    static final int CONTEXT_CHARS = 160;

    private final GuardPolicy policy;
    private final RuleScanner scanner;
    private final GuardListener listener;
    private final PlaceholderRestorer restorer;
    private final StringBuilder pending = new StringBuilder();
    /** The last released chars (as restored, before redaction), scanned before {@link #pending} as context. */
    private final StringBuilder context = new StringBuilder();
    /** Restored values still in {@link #pending}, relative to it: the client's own data, not checked again. */
    private final List<Span> restoredValues = new ArrayList<>();
    private final List<GuardDecision> decisions = new ArrayList<>();
    private final Set<String> reportedUnchecked = new HashSet<>();
    /** Chars released so far (in restored text): where {@link #pending} starts in the response. */
    private int released;
    private GuardDecision blockedBy;
    private boolean finished;

    OutputStreamGuard(GuardPolicy policy, RuleScanner scanner, GuardListener listener, PseudonymVault vault) {
        this.policy = policy;
        this.scanner = scanner;
        this.listener = listener;
        this.restorer = new PlaceholderRestorer(vault, policy.window());
    }

    /** Takes the next delta; returns the text safe to send now, possibly empty. */
    public String accept(String delta) {
        if (finished) throw new IllegalStateException("the stream was already finished");
        if (blocked() || delta == null || delta.isEmpty()) return "";
        append(restorer.feed(delta));
        return release(false);
    }

    /** Ends the stream; returns the rest of the safe text. */
    public String finish() {
        if (finished) throw new IllegalStateException("the stream was already finished");
        finished = true;
        if (blocked()) return "";
        append(restorer.flush());
        return release(true);
    }

    /** Chars taken in but not released yet; never more than the window after {@link #accept}. */
    public int pending() {
        return pending.length() + restorer.heldLength();
    }

    public boolean blocked() {
        return blockedBy != null;
    }

    public Optional<GuardDecision> blocking() {
        return Optional.ofNullable(blockedBy);
    }

    /** Every decision so far, in the order taken. */
    public List<GuardDecision> decisions() {
        return List.copyOf(decisions);
    }

    /** The error to end a blocked stream with, in the client's dialect. */
    public GuardBlockedException toException() {
        if (!blocked()) throw new IllegalStateException("the stream was not blocked");
        return new GuardBlockedException(GuardDirection.OUTPUT, blockedBy);
    }

    /** The whole-text check: the same steps as a stream, with the whole response in one window. */
    OutputResult checkWhole(String text) {
        append(restorer.feed(text));
        String out = finish();
        return new OutputResult(blocked() ? null : out, decisions, blockedBy);
    }

    private void append(PlaceholderRestorer.Restored restored) {
        for (Span value : restored.values()) restoredValues.add(value.shift(pending.length()));
        pending.append(restored.text());
    }

    /** Releases all but the window (all when {@code last}), after the output rules ran over it. */
    private String release(boolean last) {
        int keep = last ? 0 : Math.max(0, policy.window() - restorer.heldLength());
        if (pending.length() <= keep && !last) return "";
        String text = pending.toString();
        int before = context.length();
        RuleScanner.Scan scan = scanner.scan(policy.output(), context + text);
        if (!acceptUnchecked(scan, before)) return "";
        List<Hit> hits = notRestored(inPending(scan.hits(), before));
        int cut = safeCut(text, hits, text.length() - keep);
        List<Hit> acting = hits.stream().filter(h -> h.span().start() < cut || last).toList();
        for (Hit h : acting) {
            GuardDecision d = moved(h, before).toDecision(scan.normalized(), released - before);
            record(d);
            if (d.action() == GuardAction.BLOCK && !blocked()) blockedBy = d;
        }
        if (blocked()) return "";
        String out = Rewriter.rewrite(text.substring(0, cut), acting, null);
        drop(cut);
        return out;
    }

    /**
     * The hits that reach the pending text (after the {@code before} chars of context), as spans of it: those wholly
     * in the context were acted on when it left; one that began there (the context changed its reading, as a street
     * becomes a whole address) acts on its pending part.
     */
    private static List<Hit> inPending(List<Hit> hits, int before) {
        List<Hit> kept = new ArrayList<>();
        for (Hit h : hits) {
            if (h.span().end() <= before) continue;
            Span span = new Span(Math.max(0, h.span().start() - before), h.span().end() - before);
            kept.add(new Hit(h.rule(), h.finding(), span));
        }
        return kept;
    }

    private static Hit moved(Hit h, int delta) {
        return new Hit(h.rule(), h.finding(), h.span().shift(delta));
    }

    /** Moves the cut past any finding it would split, and off the middle of a surrogate pair. */
    private static int safeCut(String text, List<Hit> hits, int cut) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Hit h : hits) {
                if (h.span().start() < cut && h.span().end() > cut) {
                    cut = h.span().end();
                    moved = true;
                }
            }
        }
        boolean splitsPair = cut > 0 && cut < text.length()
                && Character.isHighSurrogate(text.charAt(cut - 1)) && Character.isLowSurrogate(text.charAt(cut));
        return splitsPair ? cut + 1 : cut;
    }

    /** Findings inside a restored value are the client's own data coming back: not output violations. */
    private List<Hit> notRestored(List<Hit> hits) {
        if (restoredValues.isEmpty()) return hits;
        return hits.stream().filter(h -> restoredValues.stream().noneMatch(v -> v.contains(h.span()))).toList();
    }

    /** Records decisions for what could not be checked (once per cause); false when that blocks the stream. */
    private boolean acceptUnchecked(RuleScanner.Scan scan, int before) {
        for (GuardDecision unshifted : scan.unchecked(policy.uncheckedAction())) {
            GuardDecision d = unshifted.shift(released - before);
            if (reportedUnchecked.add(d.findingType() + "/" + d.detector())) record(d);
            if (d.action() == GuardAction.BLOCK) {
                blockedBy = d;
                return false;
            }
        }
        return true;
    }

    private void record(GuardDecision decision) {
        decisions.add(decision);
        listener.onDecision(GuardDirection.OUTPUT, decision);
    }

    private void drop(int cut) {
        context.append(pending, 0, cut);
        if (context.length() > CONTEXT_CHARS) context.delete(0, context.length() - CONTEXT_CHARS);
        pending.delete(0, cut);
        released += cut;
        List<Span> kept = new ArrayList<>();
        for (Span v : restoredValues) {
            if (v.end() > cut) kept.add(new Span(Math.max(0, v.start() - cut), v.end() - cut));
        }
        restoredValues.clear();
        restoredValues.addAll(kept);
    }
}
