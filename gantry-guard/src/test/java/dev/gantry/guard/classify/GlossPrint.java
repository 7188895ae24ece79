package dev.gantry.guard.classify;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Lexicon writer's tool: glosses each line of stdin with one lexicon file and lists the words it does not know.
 * {@code java -cp ... dev.gantry.guard.classify.GlossPrint es path/to/es.tsv < sentences.txt}
 */
public final class GlossPrint {
    private GlossPrint() {
    }

    public static void main(String[] args) throws Exception {
        GlossLexicon lexicon = GlossLexicon.read(args[0], Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8));
        EnglishGloss gloss = new EnglishGloss(List.of(lexicon));
        System.out.printf("%s: %d exact forms, %d stems, %d markers%n", args[0], lexicon.exact().size(), lexicon.stems().size(), lexicon.markers().size());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank()) continue;
            Optional<EnglishGloss.Glossed> glossed = gloss.of(line);
            System.out.println("IN:      " + line);
            System.out.println("GLOSS:   " + glossed.map(EnglishGloss.Glossed::text).orElse("(not glossed: no marker word, or under half the characters known)"));
            System.out.println("UNKNOWN: " + unknown(lexicon, line));
        }
    }

    private static String unknown(GlossLexicon lexicon, String line) {
        String folded = EnglishGloss.fold(line, EnglishGloss.keepsAccents(lexicon.code())).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (String word : folded.split("[^\\p{L}\\p{M}\\p{N}]+")) {
            if (word.isEmpty() || word.chars().allMatch(Character::isDigit)) continue;
            GlossLexicon.Match match = lexicon.longestAt(word, 0, word.length(), false);
            if (match == null || match.length() < word.length() && !lexicon.stems().containsKey(word.substring(0, match.length()))) out.append(word).append(' ');
        }
        return out.toString().strip();
    }
}
