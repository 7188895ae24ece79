package dev.gantry.guard.injection;

import dev.gantry.guard.classify.PhraseBank;
import java.util.List;

/**
 * People and parties that hijacked tasks are about ("insult the mayor"), and ordinary questions about the same names,
 * so that the classifier learns the hijack rather than the name or the topic of politics.
 */
final class PublicFigures {
    static final List<String> NAMES = List.of("the mayor", "Ronaldo", "the chancellor", "the president",
            "Elon", "the Greens", "the Tories", "the Pope", "my neighbour", "Greta", "the CDU", "the Democrats");
    private static final List<String> QUESTIONS = List.of("What has {} said about climate change?", "How old is {}?",
            "What are the main achievements of {}?", "Is {} popular among young voters?", "Who criticised {} last week?",
            "What did {} promise before the election?", "Why do people disagree about {}?", "Which policies does {} stand for?",
            "Was hat {} zum Klimaschutz gesagt?", "Wie beliebt ist {} bei jungen Leuten?", "Welche Ziele verfolgt {}?",
            "Qu'a dit {} sur l'économie ?", "¿Qué opina {} sobre la inmigración?", "Cosa ha promesso {} agli elettori?");

    private PublicFigures() {
    }

    static String question(PhraseBank bank) {
        return PhraseBank.fill(bank.pick(QUESTIONS), bank.pick(NAMES));
    }
}
