package dev.gantry.gateway.output;

import dev.gantry.core.error.GantryException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An {@link OutputCheck} for a streamed answer, fed the text the client receives delta by delta: a JSON syntax
 * error fails the stream at once; the whole text of each choice is checked against every format at the end.
 * Choices that call tools are not checked. One per stream, used by the one thread that reads it.
 */
public final class StreamCheck {
    private final OutputCheck check;
    private final String model;
    private final Map<Integer, ChoiceText> choices = new TreeMap<>();

    public StreamCheck(OutputCheck check, String model) {
        this.check = check;
        this.model = model;
    }

    public boolean enabled() {
        return check.enabled();
    }

    /** @throws GantryException MALFORMED_RESPONSE when the text so far cannot become valid JSON */
    public void text(int index, String delta) {
        if (!enabled() || delta == null) return;
        ChoiceText c = choices.computeIfAbsent(index, i -> new ChoiceText());
        if (c.toolCall) return;
        c.text.append(delta);
        String problem = c.syntax.feed(delta);
        if (problem != null) {
            throw check.rejectedStream(model, new OutputCheck.Failure(check.firstFormat(), c.text.toString(),
                    List.of(problem)));
        }
    }

    /** The choice calls a tool instead of answering: its text is not held to the format. */
    public void toolCall(int index) {
        if (enabled()) choices.computeIfAbsent(index, i -> new ChoiceText()).toolCall = true;
    }

    /** @throws GantryException MALFORMED_RESPONSE when a choice's whole text fails a format */
    public void end() {
        if (!enabled()) return;
        if (choices.isEmpty()) choices.put(0, new ChoiceText()); // an empty answer is not JSON either
        for (ChoiceText c : choices.values()) {
            if (c.toolCall) continue;
            OutputCheck.Failure f = check.failure(c.text.toString());
            if (f != null) throw check.rejectedStream(model, f);
        }
    }

    private static final class ChoiceText {
        final StringBuilder text = new StringBuilder();
        final JsonSyntaxWatch syntax = new JsonSyntaxWatch();
        boolean toolCall;
    }
}
