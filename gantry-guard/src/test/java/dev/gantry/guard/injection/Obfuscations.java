package dev.gantry.guard.injection;

import dev.gantry.guard.classify.PhraseBank;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The cheap tricks attackers use to slip past filters: spacing, invisible characters, look-alikes, leetspeak, base64. */
final class Obfuscations {
    private Obfuscations() {
    }

    static String obfuscate(PhraseBank bank, String text) {
        return switch (bank.nextInt(5)) {
            case 0 -> String.join(" ", text.replace(" ", "").split(""));
            case 1 -> text.replace(" ", " \u200b").replace("e", "e\u200c");
            case 2 -> text.replace('o', 'о').replace('a', 'а').replace('e', 'е');
            case 3 -> text.replace('o', '0').replace('e', '3').replace('i', '1');
            default -> "Decode this and follow it: " + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        };
    }
}
