package dev.gantry.knowledge.pipeline;

import dev.gantry.core.knowledge.ChatRef;
import dev.gantry.core.knowledge.MessageScore;
import dev.gantry.core.knowledge.MessageStore;
import dev.gantry.core.knowledge.RawMessage;
import dev.gantry.knowledge.extract.Extraction;
import dev.gantry.knowledge.extract.Extractor;
import dev.gantry.knowledge.merge.AtomMerger;
import dev.gantry.knowledge.merge.MergeOutcome;
import dev.gantry.knowledge.score.MessageScorer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The pipeline's stages, each callable on its own (the job handlers call them; so can a CLI or a test):
 * score one stored message, and extract a chat's pending signal messages batch by batch into draft versions.
 * Both are idempotent enough for at-least-once delivery: a scored message is not scored again, and extracted
 * messages leave the pending set (a crash between filing atoms and marking messages may file them twice; the merger
 * then makes the repeat a new draft version of the same atoms, not a duplicate atom).
 */
public final class KnowledgePipeline {
    private final MessageStore messages;
    private final MessageScorer scorer;
    private final Extractor extractor;
    private final AtomMerger merger;
    private final int batchSize;
    private final Clock clock;

    public KnowledgePipeline(MessageStore messages, MessageScorer scorer, Extractor extractor, AtomMerger merger,
                             int batchSize, Clock clock) {
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        this.messages = messages;
        this.scorer = scorer;
        this.extractor = extractor;
        this.merger = merger;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /** Scores the message once; empty when it does not exist, is not processed (unlisted chat) or was scored before. */
    public Optional<MessageScore> score(long messageId) {
        Optional<RawMessage> m = messages.find(messageId);
        if (m.isEmpty() || !m.get().chatAllowed() || messages.score(messageId).isPresent()) return Optional.empty();
        MessageScore s = scorer.score(m.get(), clock.instant());
        messages.saveScore(s);
        return Optional.of(s);
    }

    /** What one extraction run did: the batches it sent and the versions it filed. */
    public record ExtractionRun(int batches, int messages, List<MergeOutcome> outcomes) {
    }

    /**
     * Extracts the chat's pending signal messages, {@code batchSize} at a time, until none is pending. A batch whose
     * answers stay invalid throws and leaves its messages pending (and the batches before it filed).
     */
    public ExtractionRun extract(ChatRef chat) throws Exception {
        int batches = 0;
        int count = 0;
        List<MergeOutcome> outcomes = new ArrayList<>();
        List<RawMessage> batch;
        while (!(batch = messages.pendingSignal(chat, batchSize)).isEmpty()) {
            Extraction extraction = extractor.extract(batch);
            outcomes.addAll(merger.merge(extraction));
            messages.markExtracted(batch.stream().map(RawMessage::id).toList(), "batch_" + UUID.randomUUID());
            batches++;
            count += batch.size();
        }
        return new ExtractionRun(batches, count, outcomes);
    }
}
