package dev.gantry.guard.eval;

import java.util.List;

/** A text with its gold annotations. */
public record LabeledText(String text, List<GoldSpan> spans) {
    public LabeledText {
        spans = List.copyOf(spans);
    }
}
