package dev.gantry.knowledge.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cheap features of a message's text that separate chatter from knowledge: length, the share of greeting,
 * acknowledgement and filler words, a question, code, a link, numbers. Each is in [0, 1].
 */
record SurfaceFeatures(int words, double lengthScore, double fillerShare, boolean question, boolean code, boolean link,
                       boolean number) {
    /** Greetings, thanks, acknowledgements, laughter, reactions: what "ok", "thx!" and "lol +1" are made of. */
    static final Set<String> FILLER = Set.of("hi", "hello", "hey", "heya", "yo", "morning", "good", "evening", "night",
            "afternoon", "gm", "gn", "bye", "cya", "later", "ok", "okay", "k", "kk", "okk", "sure", "yes", "yeah", "yep",
            "yup", "no", "nope", "nah", "thanks", "thank", "thx", "ty", "tnx", "cheers", "cool", "nice", "great",
            "awesome", "perfect", "lol", "lmao", "haha", "hahaha", "hehe", "omg", "wow", "+1", "ack", "noted", "got",
            "it", "agreed", "agree", "same", "right", "true", "indeed", "np", "welcome", "you", "u", "all", "everyone",
            "guys", "folks", "team", "there", "again", "much", "so", "a", "lot", "too", "me", "brb", "afk", "back",
            "here", "done", "sounds", "sgtm", "lgtm", "fine", "alright", "bro", "man", "dude", "👍", "🙏", "😂", "🎉",
            "ha", "oh", "ah", "hmm", "uh", "um", "welp", "yay", "congrats", "gg", "the", "to", "for", "and", "is",
            "will", "do", "see", "soon", "have", "weekend", "day", "happy", "friday", "monday", "coffee", "lunch");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}+'’#_./-]+|[\\p{So}]");
    private static final Pattern CODE = Pattern.compile("`|\\b\\w+\\(\\)|[{};]\\s*$|=>|::|\\b[\\w-]+\\.(java|py|ts|js|yaml|yml|json|sql|xml|go|rs)\\b"
            + "|\\b(Exception|Error|stack ?trace|NPE|SIGSEGV|OOM)\\b|--[a-z][\\w-]+|\\$\\{?\\w+|\\w+=\\w+", Pattern.MULTILINE);
    private static final Pattern LINK = Pattern.compile("https?://\\S+|\\bwww\\.\\S+");
    private static final Pattern NUMBER = Pattern.compile("\\d");

    static SurfaceFeatures of(String text) {
        List<String> words = words(text);
        long filler = words.stream().filter(FILLER::contains).count();
        double share = words.isEmpty() ? 1.0 : (double) filler / words.size();
        double length = Math.min(1.0, Math.log1p(words.size()) / Math.log1p(40));
        return new SurfaceFeatures(words.size(), length, share, text.contains("?"), CODE.matcher(text).find(),
                LINK.matcher(text).find(), NUMBER.matcher(text).find());
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group().replaceAll("^[.'’/-]+|[.'’/-]+$", "");
            if (!w.isEmpty()) out.add(w.replaceAll("(.)\\1{2,}", "$1$1")); // "sooooo" counts as "soo", "okkkk" as "okk"
        }
        return out;
    }

    /** The features in a fixed order, after the two exemplar similarities. */
    double[] vector() {
        return new double[] {lengthScore, fillerShare, question ? 1 : 0, code ? 1 : 0, link ? 1 : 0, number ? 1 : 0};
    }

    /** "12 words, a question, code" */
    String describe() {
        List<String> parts = new ArrayList<>();
        parts.add(words + (words == 1 ? " word" : " words"));
        if (words > 0 && fillerShare >= 0.999) parts.add("all greeting/acknowledgement/filler");
        else if (fillerShare >= 0.5) parts.add(Math.round(fillerShare * 100) + "% filler words");
        if (question) parts.add("a question");
        if (code) parts.add("code");
        if (link) parts.add("a link");
        if (number) parts.add("numbers");
        return String.join(", ", parts);
    }
}
