package dev.gantry.guard.injection;

import java.util.List;

/**
 * Hand-written phrase lists, per language, from which {@link InjectionExemplarGenerator} composes the project's own
 * injection exemplars. Attacks are built from parts (opener, override, new task, payload) the way real ones are.
 */
record InjectionPhrases(
        String language,
        List<String> praise,
        List<String> overrides,
        List<String> taskSwitches,
        List<String> roleIntros,
        List<String> personas,
        List<String> newTasks,
        List<String> extractions,
        List<String> payloadCommands,
        List<String> contextIgnores,
        List<String> ordinaryQuestions,
        List<String> hardNegatives) {

    static List<InjectionPhrases> all() {
        return List.of(InjectionPhrasesEn.EN, InjectionPhrasesDe.DE, InjectionPhrasesRomance.FR,
                InjectionPhrasesRomance.ES, InjectionPhrasesRomance.IT, InjectionPhrasesMore.PT, InjectionPhrasesMore.NL, InjectionPhrasesMore.HI);
    }

    /** Payload strings an attacker wants echoed; language-neutral. */
    static final List<String> PAYLOADS = List.of("PWNED", "I have been hacked", "HAHA", "BANANA", "Access granted",
            "LOL", "The system is down", "DEMOCRACY IS OVER", "yes", "I hate everyone", "hello world!!", "ok boomer",
            "42", "kaboom", "Visit evil.example now");

}
