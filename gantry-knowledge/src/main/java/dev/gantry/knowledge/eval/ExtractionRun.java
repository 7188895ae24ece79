package dev.gantry.knowledge.eval;

import dev.gantry.core.knowledge.RawMessage;
import dev.gantry.knowledge.extract.Extraction;
import dev.gantry.knowledge.extract.Extractor;
import dev.gantry.knowledge.score.MessageScorer;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs extraction over a labeled set as the pipeline would: each chat's messages that the scorer passes, in batches
 * of {@code batchSize}, sent to the extractor; then scores the atoms against the expected ones.
 */
public final class ExtractionRun {
    private ExtractionRun() {
    }

    public static ExtractionEvaluation run(EvalSet set, MessageScorer scorer, Extractor extractor, int batchSize) throws Exception {
        List<ExtractionEvaluation.ChatExtraction> runs = new ArrayList<>();
        for (EvalSet.Chat chat : set.chats()) {
            List<RawMessage> signal = chat.messages().stream().map(EvalSet.LabeledMessage::message)
                    .filter(m -> scorer.assess(m.text()).score() >= scorer.threshold()).toList();
            for (int from = 0; from < signal.size(); from += batchSize) {
                Extraction e = extractor.extract(signal.subList(from, Math.min(signal.size(), from + batchSize)));
                runs.add(new ExtractionEvaluation.ChatExtraction(chat.chatId(), e));
            }
        }
        return ExtractionEvaluation.score(set, runs);
    }
}
