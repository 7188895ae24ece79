package dev.gantry.guard.harmful;

import java.util.Set;

/**
 * Turns an infinitive action ("steal a car") into its -ing form ("stealing a car"), so that the same actions also
 * appear in the noun framings requests often use: "a manual for stealing a car", "a plan for sabotaging ...".
 */
final class Gerunds {
    /** Verbs among the phrase lists whose final consonant doubles (stressed last syllable). */
    private static final Set<String> DOUBLING = Set.of("cut", "stop", "plan", "rob", "kidnap", "rig", "get", "put", "set", "run",
            "dig", "hit", "drop", "ship", "skip", "grab", "stab", "trap", "ban", "spit", "drug", "shop", "chat", "begin", "forget");
    private static final Set<String> ADVERBS = Set.of("secretly", "illegally", "sexually");

    private Gerunds() {
    }

    static String of(String action) {
        String[] words = action.split(" ", 3);
        // "secretly record ...", "sexually abuse ...": the verb is the second word
        if (ADVERBS.contains(words[0]) && words.length > 1) {
            return words[0] + " " + ing(words[1]) + (words.length > 2 ? " " + words[2] : "");
        }
        int space = action.indexOf(' ');
        return space < 0 ? ing(action) : ing(action.substring(0, space)) + action.substring(space);
    }

    static String ing(String verb) {
        if (DOUBLING.contains(verb)) return verb + verb.charAt(verb.length() - 1) + "ing";
        if (verb.endsWith("ie")) return verb.substring(0, verb.length() - 2) + "ying";
        if (verb.endsWith("e") && !verb.endsWith("ee") && !verb.endsWith("ye") && !verb.endsWith("oe") && verb.length() > 2) {
            return verb.substring(0, verb.length() - 1) + "ing";
        }
        return verb + "ing";
    }
}
