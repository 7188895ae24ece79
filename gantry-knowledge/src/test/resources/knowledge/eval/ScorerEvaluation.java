package dev.gantry.knowledge.eval;

import dev.gantry.knowledge.score.MessageScorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The scorer against the labeled messages: accuracy, and precision/recall of the signal class. No model key needed. */
public record ScorerEvaluation(int messages, int truePositives, int falsePositives, int trueNegatives, int falseNegatives,
                               List<String> mistakes) {

    public static ScorerEvaluation run(EvalSet set, MessageScorer scorer) {
        int tp = 0, fp = 0, tn = 0, fn = 0;
        List<String> mistakes = new ArrayList<>();
        for (EvalSet.Chat chat : set.chats()) {
            for (EvalSet.LabeledMessage m : chat.messages()) {
                MessageScorer.Assessment a = scorer.assess(m.message().text());
                boolean predicted = a.score() >= scorer.threshold();
                if (predicted && m.signal()) tp++;
                else if (predicted) fp++;
                else if (m.signal()) fn++;
                else tn++;
                if (predicted != m.signal()) {
                    mistakes.add(m.label() + " (labeled " + (m.signal() ? "signal" : "noise") + "): " + a.reason());
                }
            }
        }
        return new ScorerEvaluation(tp + fp + tn + fn, tp, fp, tn, fn, mistakes);
    }

    public double accuracy() {
        return (double) (truePositives + trueNegatives) / messages;
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public String summary() {
        return String.format(Locale.ROOT, "scorer: %d messages, accuracy %.3f, signal precision %.3f, recall %.3f "
                + "(tp %d, fp %d, tn %d, fn %d)", messages, accuracy(), precision(), recall(), truePositives,
                falsePositives, trueNegatives, falseNegatives);
    }
}
