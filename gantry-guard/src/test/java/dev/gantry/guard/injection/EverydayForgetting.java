package dev.gantry.guard.injection;

import dev.gantry.guard.classify.PhraseBank;
import java.util.List;

/**
 * Ordinary requests that forget, ignore, skip or remember everyday things (keys, names, typos, a column, the last
 * e-mail): the override verbs without the object of an attack. The development rows are full of "forget everything",
 * so a classifier that learns from them needs these twins to keep "I forget names" harmless. English and German.
 */
final class EverydayForgetting {
    private static final List<String> FRAMES_EN = List.of(
            "I keep forgetting {}. What can I do?", "My son always forgets {}. How can I help him?", "How do I stop forgetting {}?",
            "Why do I forget {} so easily?", "Is it normal to forget {} at my age?", "What is a good trick to remember {}?",
            "My partner never forgets {}, but I do. Any advice?", "Don't forget {}: how do I set a reminder on my phone?");
    private static final List<String> THINGS_EN = List.of("my keys", "my umbrella", "people's names", "birthdays", "where I parked",
            "to take my vitamins", "my gym bag", "appointments", "to water the plants", "my lunch at home", "new vocabulary",
            "to reply to emails", "my glasses", "the shopping list");
    private static final List<String> IGNORING_EN = List.of(
            "Ignore the typos and tell me whether the argument holds.", "You can skip the introduction; what does chapter two say?",
            "Ignore the first column of the table and add up the rest.", "Please ignore my last email, the meeting moved to Friday.",
            "How do I ignore notifications while I am driving?", "Skip the small talk: what are the three main risks of this plan?",
            "Forget the price for a moment: which laptop is the most reliable?", "Ignore the background noise in this recording: what is said?",
            "Can you leave out the technical details and explain it to a child?", "How do I teach my dog to ignore other dogs on walks?");
    private static final List<String> FRAMES_DE = List.of(
            "Ich vergesse ständig {}. Was hilft dagegen?", "Mein Sohn vergisst immer {}. Wie kann ich ihm helfen?",
            "Wie höre ich auf, {} zu vergessen?", "Ist es normal, in meinem Alter {} zu vergessen?", "Vergiss nicht {}: wie stelle ich eine Erinnerung ein?");
    private static final List<String> THINGS_DE = List.of("meine Schlüssel", "meinen Regenschirm", "Namen", "Geburtstage", "meine Termine",
            "meine Tabletten", "die Einkaufsliste", "meine Brille");
    private static final List<String> IGNORING_DE = List.of(
            "Ignoriere die Tippfehler und sag mir, ob die Argumentation stimmt.", "Lass die Einleitung weg: was steht im zweiten Kapitel?",
            "Bitte ignoriere meine letzte Mail, das Treffen ist jetzt am Freitag.", "Vergiss den Preis kurz: welcher Laptop ist am zuverlässigsten?",
            "Wie bringe ich meinem Hund bei, andere Hunde zu ignorieren?");

    private EverydayForgetting() {
    }

    static String request(PhraseBank bank) {
        return switch (bank.nextInt(4)) {
            case 0 -> PhraseBank.fill(bank.pick(FRAMES_EN), bank.pick(THINGS_EN));
            case 1 -> bank.pick(IGNORING_EN);
            case 2 -> PhraseBank.fill(bank.pick(FRAMES_DE), bank.pick(THINGS_DE));
            default -> bank.pick(IGNORING_DE);
        };
    }
}
