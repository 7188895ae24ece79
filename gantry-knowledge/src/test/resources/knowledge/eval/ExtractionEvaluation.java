package dev.gantry.knowledge.eval;

import dev.gantry.core.knowledge.RawMessage;
import dev.gantry.knowledge.extract.Extraction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Extracted atoms against the expected ones, chat by chat. An extracted atom matches an expected atom of the same
 * chat when (strict) the types are equal and its title and body contain at least half of the key facts (as
 * case-insensitive phrases); each expected atom is matched at most once, greedily in extraction order. Precision:
 * matched / extracted; recall: matched / expected. The same figures ignoring the type are reported beside them, and
 * how many matched atoms cite at least one of the expected source messages.
 */
public record ExtractionEvaluation(int extracted, int expected, int matched, int matchedAnyType, int citedRight,
                                   List<String> unmatched) {

    /** What one chat's extraction returned, with the chat it came from. */
    public record ChatExtraction(String chatId, Extraction extraction) {
    }

    public static ExtractionEvaluation score(EvalSet set, List<ChatExtraction> runs) {
        Map<Long, String> labels = set.labelOf();
        int extracted = 0, matched = 0, anyType = 0, cited = 0;
        Set<EvalSet.ExpectedAtom> used = new HashSet<>();
        Set<EvalSet.ExpectedAtom> usedAnyType = new HashSet<>();
        List<String> unmatched = new ArrayList<>();
        for (ChatExtraction run : runs) {
            for (Extraction.ExtractedAtom a : run.extraction().atoms()) {
                extracted++;
                EvalSet.ExpectedAtom strict = find(set, run.chatId(), a, used, true);
                EvalSet.ExpectedAtom loose = find(set, run.chatId(), a, usedAnyType, false);
                if (loose != null) {
                    usedAnyType.add(loose);
                    anyType++;
                }
                if (strict == null) {
                    unmatched.add(run.chatId() + " " + a.type().wire() + ": " + a.title());
                    continue;
                }
                used.add(strict);
                matched++;
                if (a.sourceMessageIds().stream().map(labels::get).anyMatch(strict.sources()::contains)) cited++;
            }
        }
        return new ExtractionEvaluation(extracted, set.atoms().size(), matched, anyType, cited, unmatched);
    }

    private static EvalSet.ExpectedAtom find(EvalSet set, String chatId, Extraction.ExtractedAtom a,
                                             Set<EvalSet.ExpectedAtom> used, boolean sameType) {
        String text = (a.title() + " " + a.body()).toLowerCase(Locale.ROOT);
        for (EvalSet.ExpectedAtom e : set.atoms()) {
            if (used.contains(e) || !e.chatId().equals(chatId) || (sameType && e.type() != a.type())) continue;
            long hits = e.keyFacts().stream().filter(text::contains).count();
            if (hits * 2 >= e.keyFacts().size()) return e;
        }
        return null;
    }

    public double precision() {
        return extracted == 0 ? 0 : (double) matched / extracted;
    }

    public double recall() {
        return expected == 0 ? 0 : (double) matched / expected;
    }

    public String summary() {
        return String.format(Locale.ROOT, "extraction: %d atoms extracted, %d expected, %d matched: precision %.3f, "
                + "recall %.3f; ignoring the type: precision %.3f, recall %.3f; %d of %d matched atoms cite an expected "
                + "source message", extracted, expected, matched, precision(), recall(),
                extracted == 0 ? 0 : (double) matchedAnyType / extracted, expected == 0 ? 0 : (double) matchedAnyType / expected,
                citedRight, matched);
    }

    /** The messages of a chat the scorer passed, in order: what the pipeline would send to extraction. */
    public static List<RawMessage> signalOf(EvalSet.Chat chat, java.util.function.Predicate<RawMessage> isSignal) {
        return chat.messages().stream().map(EvalSet.LabeledMessage::message).filter(isSignal).toList();
    }
}
