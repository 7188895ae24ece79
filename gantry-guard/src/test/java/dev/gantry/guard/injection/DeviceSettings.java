package dev.gantry.guard.injection;

import dev.gantry.guard.classify.PhraseBank;
import java.util.List;

/**
 * Ordinary questions about the user's own devices and tools: developer mode on a phone or browser, a terminal, debug
 * mode, admin rights, a router password. The persona exemplars put "developer mode" and "terminal" in jailbreaks, so
 * without these twins "How do I turn on developer mode in Chrome?" scored 0.91. English and German.
 */
final class DeviceSettings {
    private static final List<String> FRAMES_EN = List.of(
            "How do I turn on {} on {}?", "Where do I find {} on {}?", "How can I switch off {} on {} again?",
            "Is it safe to enable {} on {}?", "I have never used {} on {}. Where do I start?", "What does {} do on {}?",
            "My colleague told me to open {} on {}. How?");
    private static final List<String> FEATURES_EN = List.of("developer mode", "developer options", "the terminal", "the command line",
            "debug mode", "safe mode", "dark mode", "USB debugging", "the admin settings", "the system settings", "the developer tools");
    private static final List<String> DEVICES_EN = List.of("my Android phone", "my iPhone", "Chrome", "Firefox", "my Mac", "Windows 11",
            "my Samsung tablet", "Ubuntu", "my smart TV", "Visual Studio Code", "my Xiaomi phone", "the Steam Deck");
    private static final List<String> QUESTIONS_EN = List.of(
            "How do I reset the admin password of my home router?", "How do I open a terminal on a Mac? I have never done this.",
            "How do I run a Python script from the command line on Windows?", "What is the system prompt in a chatbot product, in general terms?",
            "How do I give my own user admin rights on my laptop?", "Which developer tools in Chrome show me why my page loads slowly?",
            "How do I debug a mini program in WeChat developer tools?", "How do I show hidden files in Finder?");
    private static final List<String> FRAMES_DE = List.of(
            "Wie schalte ich {} auf {} ein?", "Wo finde ich {} auf {}?", "Wie mache ich {} auf {} wieder aus?",
            "Ist es sicher, {} auf {} zu aktivieren?");
    private static final List<String> FEATURES_DE = List.of("den Entwicklermodus", "die Entwickleroptionen", "das Terminal",
            "den abgesicherten Modus", "den Dunkelmodus", "das USB-Debugging");
    private static final List<String> DEVICES_DE = List.of("meinem Android-Handy", "meinem iPhone", "Chrome", "meinem Mac", "Windows 11");

    private DeviceSettings() {
    }

    static String request(PhraseBank bank) {
        return switch (bank.nextInt(3)) {
            case 0 -> PhraseBank.fill(PhraseBank.fill(bank.pick(FRAMES_EN), bank.pick(FEATURES_EN)), bank.pick(DEVICES_EN));
            case 1 -> bank.pick(QUESTIONS_EN);
            default -> PhraseBank.fill(PhraseBank.fill(bank.pick(FRAMES_DE), bank.pick(FEATURES_DE)), bank.pick(DEVICES_DE));
        };
    }
}
