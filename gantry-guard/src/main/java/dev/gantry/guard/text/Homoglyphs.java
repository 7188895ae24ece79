package dev.gantry.guard.text;

/**
 * Folds the Cyrillic and Greek letters most used to disguise Latin words ("pаypal" with a Cyrillic а)
 * to the Latin letter they imitate. Deliberately small: the common confusables, not Unicode's full table.
 */
final class Homoglyphs {
    /** Pairs of (look-alike, Latin letter). */
    private static final String PAIRS =
            // Cyrillic lower case, then upper case
            "аaвbеeһhіiјjкkмmнhоoрpсcѕsтtуyхxԁdԛqԝwӏlѵv"
            + "АAВBЕEЅSІIЈJКKМMНHОOРPСCТTХXУYԌGԚQԜWӀI"
            // Greek lower case, then upper case, then Latin oddities
            + "αaβbεeιiκkνvοoρpτtυuχxϲcϳjωw"
            + "ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXϹC"
            + "ɑaıiɡgɩiʏy";
    private static final int LIMIT = 0x0530;
    private static final char[] TABLE = table();

    private Homoglyphs() {
    }

    static char fold(char c) {
        if (c < LIMIT) {
            char folded = TABLE[c];
            return folded == 0 ? c : folded;
        }
        return c;
    }

    private static char[] table() {
        char[] t = new char[LIMIT];
        for (int i = 0; i < PAIRS.length(); i += 2) t[PAIRS.charAt(i)] = PAIRS.charAt(i + 1);
        return t;
    }
}
