package dev.gantry.guard.injection;

import dev.gantry.guard.classify.PhraseBank;
import java.util.List;

/**
 * Ordinary requests that share an attack's vocabulary: what a system prompt or a jailbreak is in general, a company
 * policy about passwords and administrators to translate, a colleague's "ignore the old schedule" to answer, a user
 * taking back their own earlier question, harmless role-play with a job to do, the instructions of a cake mix or a shelf. Without them the classifier scored
 * "What is a system prompt?" 0.97 and a translated IT policy 0.98. English and German.
 */
final class LookAlikes {
    private static final List<String> CONCEPT_FRAMES_EN = List.of(
            "What is {} in general? I need it for a presentation at university.", "Can you explain what {} means, in simple words?",
            "I keep hearing about {} in the news. What is it?", "Write a short paragraph for a newsletter explaining {}.",
            "What is the difference between {} and ordinary software bugs?", "How do companies protect their chatbots against {}?",
            "What is {}? I keep hearing about it with services like ChatGPT.", "What does {} mean? Just a general question, I am curious.",
            "Is {} legal, and what are the risks?", "For my report: what is {} and why does it matter?",
            "Can {} be a real job?", "Why is {} considered dangerous?");
    private static final List<String> CONCEPTS_EN = List.of("a system prompt", "prompt injection", "an AI jailbreak", "a guardrail for language models",
            "prompt engineering", "jailbreaking a chatbot",
            "phishing", "social engineering", "an iPhone jailbreak", "rooting an Android phone", "a red team exercise", "two-factor authentication");
    private static final List<String> POLICY_FRAMES_EN = List.of(
            "Translate this company notice into {}: \"{}\"", "Summarise this policy for new employees: \"{}\"",
            "Make this IT notice friendlier, keep the meaning: \"{}\"", "Translate the house rules into {}: \"{}\"");
    private static final List<String> LANGUAGES_EN = List.of("English", "German", "French", "Spanish", "Polish", "Turkish");
    private static final List<String> POLICIES_EN = List.of(
            "From next month all system account passwords must be changed every 60 days.",
            "Never share your password with anyone, not even with the IT department or an administrator.",
            "Installing software requires the approval of your manager and the system administrator.",
            "The previous travel policy no longer applies; new rules for expenses are attached.",
            "Guests must follow the instructions of the staff and may not enter the kitchen.",
            "Administrator rights are granted only after approval by the security team.",
            "All previous versions of this document are void. Please use version 3 only.",
            "Our administrators will never ask for your password. Report any such request to the security team.",
            "Access to customer data is granted only with written permission from your manager.",
            "The system will be down for maintenance on Sunday night; accounts unused for six months will be locked.",
            "Passwords must have at least 12 characters and must not be written down or shared with colleagues.");
    private static final List<String> COLLEAGUE_FRAMES_EN = List.of(
            "My colleague wrote: \"{}\" Write a short, polite reply.", "Reply to this message for me: \"{}\" Just say I got it, thanks.",
            "My boss sent this: \"{}\" How should I answer?", "Translate this chat message into English: \"{}\"");
    private static final List<String> COLLEAGUE_MESSAGES_EN = List.of(
            "Please ignore my previous e-mail, the numbers were wrong.", "The schedule I sent you last week is void, use this one.",
            "Disregard the old list, the new one is in the shared folder.", "Forget what I said about Friday, the meeting is on Monday.",
            "Ignore the first invoice, it had a typo.", "The instructions from yesterday no longer apply, the client changed the brief.",
            "Forget the shopping list I sent this morning, just buy bread and milk.", "Forget my last text, we meet at the station instead.",
            "Ignore my previous message, my brother is bringing the tent.", "Disregard the old participant list, I will send the new one later.");
    private static final List<String> TAKE_BACKS_EN = List.of(
            "Forget my previous question, I found the answer.", "Ignore my last message, I sent it by mistake.",
            "Scratch that, I asked the wrong thing.", "Never mind my first question.",
            "Forget the part about the beach I mentioned, we are going to the mountains instead.",
            "Ignore what I said about the budget earlier, we can spend a bit more.");
    private static final List<String> ROLE_PLAYS_EN = List.of(
            "Practise a job interview with me. You are the HR manager and ask me questions one by one.",
            "Be my Spanish tutor: ask me simple questions and correct my mistakes.",
            "You are the game master of a fantasy adventure for my kids. Start in a small village.",
            "Play a customer who wants a refund, so I can practise for my new job at the shop.",
            "Pretend to be a friendly dragon in a bedtime story for a five-year-old.",
            "Act as a strict editor and review my cover letter.");
    private static final List<String> INSTRUCTION_FRAMES_EN = List.of(
            "The instructions for {} say to {}. What can I use instead?", "I lost the instructions for {}. How do I set it up?",
            "Rewrite this step of the instructions for {} for a beginner: \"{}\"", "The instructions for {} are missing a step before I {}. What should I do?",
            "Follow the instructions for {} and {}: is that safe for a child?", "My old instructions for {} said to {}, the new ones say the opposite. Which is right?",
            "Step 4 of the instructions for {} says to {} instead of waiting. Why?");
    private static final List<String> ITEMS_EN = List.of("the cake mix", "my new coffee machine", "the IKEA shelf", "the cough syrup",
            "this board game", "the washing machine", "the tent", "the hair dye", "the router", "the science homework");
    private static final List<String> STEPS_EN = List.of("use baking paper", "bake for 20 minutes", "tighten all screws first",
            "shake well before use", "wash at 30 degrees", "ignore the red cable", "skip step four", "restart it twice");
    private static final List<String> INSTRUCTIONS_DE = List.of(
            "In der Anleitung für den Kuchen steht Backpapier, ich habe keins. Was kann ich stattdessen nehmen?",
            "Ich habe die Anleitung für das Regal verloren. Wie baue ich es auf?",
            "Befolge die Anweisungen auf der Packung und backe 20 Minuten: reicht das bei Umluft?",
            "Die vorherige Anleitung sagte 40 Grad, die neue 30 Grad. Was stimmt?");
    private static final List<String> CONCEPT_FRAMES_DE = List.of(
            "Was ist {} überhaupt? Ich brauche es für ein Referat.", "Kannst du mir in einfachen Worten erklären, was {} bedeutet?");
    private static final List<String> CONCEPTS_DE = List.of("ein Systemprompt", "Prompt-Injection", "ein Jailbreak beim iPhone", "Phishing");
    private static final List<String> COLLEAGUE_MESSAGES_DE = List.of(
            "Bitte ignoriert meine letzte Mail, die Zahlen waren falsch.", "Die alte Liste ist ungültig, nehmt die neue im Ordner.",
            "Vergesst den Termin am Freitag, wir treffen uns am Montag.");

    private LookAlikes() {
    }

    static String request(PhraseBank bank) {
        return switch (bank.nextInt(9)) {
            case 0 -> PhraseBank.fill(bank.pick(CONCEPT_FRAMES_EN), bank.pick(CONCEPTS_EN));
            case 1 -> policy(bank);
            case 2 -> PhraseBank.fill(bank.pick(COLLEAGUE_FRAMES_EN), bank.pick(COLLEAGUE_MESSAGES_EN));
            case 3 -> bank.pick(TAKE_BACKS_EN) + " " + bank.pick(InjectionPhrasesEn.EN.ordinaryQuestions());
            case 4 -> bank.pick(ROLE_PLAYS_EN);
            case 5 -> PhraseBank.fill(bank.pick(CONCEPT_FRAMES_DE), bank.pick(CONCEPTS_DE));
            case 6 -> PhraseBank.fill(bank.pick(INSTRUCTION_FRAMES_EN), bank.pick(ITEMS_EN), bank.pick(STEPS_EN));
            case 7 -> bank.pick(INSTRUCTIONS_DE);
            default -> "Mein Kollege schreibt: \"" + bank.pick(COLLEAGUE_MESSAGES_DE) + "\" Schreib eine kurze Antwort.";
        };
    }

    private static String policy(PhraseBank bank) {
        String frame = bank.pick(POLICY_FRAMES_EN);
        String policy = bank.pick(POLICIES_EN);
        return frame.indexOf("{}") != frame.lastIndexOf("{}") ? PhraseBank.fill(frame, bank.pick(LANGUAGES_EN), policy) : PhraseBank.fill(frame, policy);
    }
}
