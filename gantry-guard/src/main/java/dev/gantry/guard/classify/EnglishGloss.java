package dev.gantry.guard.classify;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Word-by-word English glosses of text in the languages the English-trained classifier cannot read: each line whose
 * script or function words identify one of them is replaced by the English of the words its {@link GlossLexicon}
 * knows ("Игнорируй все предыдущие инструкции" becomes "ignore all previous instructions"); English lines, and Latin
 * words inside a foreign line (loanwords, names, "API key"), stay as they are. No translation model ships in a jar
 * that can be used here, and a gloss is enough for a classifier that reads words and n-grams, not grammar. Thread-safe.
 */
public final class EnglishGloss {
    /** The languages glossed, by the script that identifies them; Latin ones by their function words. */
    private static final Map<String, UnicodeScript> LANGUAGES = Map.ofEntries(
            Map.entry("ru", UnicodeScript.CYRILLIC), Map.entry("uk", UnicodeScript.CYRILLIC), Map.entry("el", UnicodeScript.GREEK),
            Map.entry("zh", UnicodeScript.HAN), Map.entry("ja", UnicodeScript.HAN), Map.entry("ko", UnicodeScript.HANGUL),
            Map.entry("th", UnicodeScript.THAI), Map.entry("ar", UnicodeScript.ARABIC), Map.entry("fa", UnicodeScript.ARABIC),
            Map.entry("he", UnicodeScript.HEBREW), Map.entry("hi", UnicodeScript.DEVANAGARI),
            Map.entry("tr", UnicodeScript.LATIN), Map.entry("pl", UnicodeScript.LATIN), Map.entry("cs", UnicodeScript.LATIN),
            Map.entry("sv", UnicodeScript.LATIN), Map.entry("vi", UnicodeScript.LATIN), Map.entry("id", UnicodeScript.LATIN),
            Map.entry("es", UnicodeScript.LATIN), Map.entry("fr", UnicodeScript.LATIN), Map.entry("de", UnicodeScript.LATIN),
            Map.entry("it", UnicodeScript.LATIN), Map.entry("pt", UnicodeScript.LATIN), Map.entry("nl", UnicodeScript.LATIN));
    /** Written without spaces between words: glossed by longest substring match. */
    private static final Set<String> UNSPACED = Set.of("zh", "ja", "th");
    /**
     * English function words: a Latin line is glossed only when few of its words are among them. Not those that are
     * also common words of a glossed Latin language (Italian "in", "i", "do"; Dutch "is", "we", "of"; German "was",
     * "will", "an"; Polish "to", "my"; Spanish and French "me"): counted as English, they kept short lines in those
     * languages from ever being glossed ("Wat is de hoofdstad van Australië?", "ich will nicht mehr leben").
     */
    private static final WordSet ENGLISH_MARKERS = words("the", "and", "are", "you", "your", "this", "that", "with", "it",
            "not", "what", "how", "please", "can", "from", "have", "if", "or", "but", "they", "our", "should", "would",
            "there", "which", "about", "could", "them", "their", "then");

    private static WordSet words(String... words) {
        return new WordSet(List.of(words));
    }
    /** A script must hold this share of a line's letters (and at least MIN_LETTERS) for the line to count as its language. */
    private static final double SCRIPT_SHARE = 0.25;
    private static final int MIN_LETTERS = 4;
    /** A Latin line where more than this share of the words are English function words is English. */
    private static final double ENGLISH_SHARE = 0.15;
    /** Share of a line's foreign characters the lexicon must know for its gloss to stand for the line. */
    static final double MIN_COVERAGE = 0.5;

    private final Map<UnicodeScript, List<GlossLexicon>> byScript = new HashMap<>();
    private final List<GlossLexicon> latin = new ArrayList<>();
    /** The Latin-script languages' function words, accents folded. */
    private final WordSet latinMarkers;

    public EnglishGloss(List<GlossLexicon> lexicons) {
        List<String> markers = new ArrayList<>();
        for (GlossLexicon lexicon : lexicons) {
            UnicodeScript script = LANGUAGES.get(lexicon.code());
            if (script == null) throw new IllegalArgumentException("no script known for the language " + lexicon.code() + "; known: " + LANGUAGES.keySet());
            byScript.computeIfAbsent(script, s -> new ArrayList<>()).add(lexicon);
            if (script == UnicodeScript.LATIN) {
                latin.add(lexicon);
                lexicon.markers().forEach(m -> markers.add(keepsAccents(lexicon.code()) ? fold(m, false).toLowerCase(Locale.ROOT) : m));
            }
        }
        latinMarkers = new WordSet(markers);
    }

    /** The lexicons shipped in {@code /guard/gloss}, read on first use. */
    public static EnglishGloss shipped() {
        return Shipped.GLOSS;
    }

    /** Languages the shipped lexicons cover, by ISO 639-1 code. */
    public static Set<String> languages() {
        return LANGUAGES.keySet();
    }

    /**
     * The text with every line in a glossed language replaced by its gloss (lines joined by newlines), or empty when no
     * line is in one.
     *
     * @return the glossed text and the languages found, e.g. "ru" or "en+zh"
     */
    public Optional<Glossed> of(String text) {
        if (text == null || text.isEmpty()) return Optional.empty();
        return last.get(text, glossAfresh); // the same string again: injection, then harmful
    }

    private Optional<Glossed> glossAfresh(String text) {
        StringBuilder out = null;
        List<String> found = new ArrayList<>(2);
        List<String> glossedLines = new ArrayList<>();
        for (int start = 0, n = text.length(); start <= n; ) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = n;
            Optional<GlossedLine> glossed = glossLine(text, start, end);
            if (glossed.isPresent()) {
                if (out == null) out = new StringBuilder(text.length()).append(start == 0 ? "" : fold(text.substring(0, start - 1), false).toLowerCase(Locale.ROOT));
                if (!found.contains(glossed.get().language())) found.add(glossed.get().language());
                glossedLines.add(glossed.get().text());
            }
            if (out != null) {
                if (start > 0) out.append('\n');
                out.append(glossed.isPresent() ? glossed.get().text() : fold(text.substring(start, end), false).toLowerCase(Locale.ROOT));
            }
            start = end + 1;
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(new Glossed(out.toString(), String.join("+", found), glossedLines));
    }

    /** The last text glossed and its gloss, so the detectors of one chain gloss a text once. */
    private final LastOf<String, Optional<Glossed>> last = new LastOf<>();
    /** Made once: a method reference to this instance would be a new object on every call. */
    private final Function<String, Optional<Glossed>> glossAfresh = this::glossAfresh;

    /**
     * A glossed text, the languages whose lines were glossed, and those lines' glosses.
     *
     * @param text      the whole text, lines in other languages replaced by their glosses
     * @param languages e.g. "ru" or "ru+zh"
     * @param lines     the glosses of the lines that were glossed, in order
     */
    public record Glossed(String text, String languages, List<String> lines) {
        public Glossed {
            lines = List.copyOf(lines);
        }
    }

    private record GlossedLine(String text, String language, double coverage) {
    }

    private Optional<GlossedLine> glossLine(String text, int from, int to) {
        List<GlossLexicon> candidates = candidates(text, from, to);
        if (candidates.isEmpty()) return Optional.empty();
        Folded folded = new Folded(text.substring(from, to));
        if (candidates.size() <= 2) { // one script's languages: write each
            GlossedLine best = null;
            for (GlossLexicon lexicon : candidates) {
                GlossedLine line = gloss(folded, lexicon, true);
                if (best == null || line.coverage() > best.coverage()) best = line;
            }
            return enough(best);
        }
        // Up to twelve Latin lexicons try a line: each measures its coverage without writing, the best one writes
        GlossLexicon best = null;
        double bestCoverage = -1;
        for (GlossLexicon lexicon : candidates) {
            double coverage = gloss(folded, lexicon, false).coverage();
            if (coverage > bestCoverage) {
                best = lexicon;
                bestCoverage = coverage;
            }
        }
        return bestCoverage < MIN_COVERAGE ? Optional.empty() : enough(gloss(folded, best, true));
    }

    private static GlossedLine gloss(Folded folded, GlossLexicon lexicon, boolean write) {
        boolean keep = keepsAccents(lexicon.code());
        return LineGloss.of(folded.lower(keep), folded.cased(keep), lexicon, UNSPACED.contains(lexicon.code()),
                LANGUAGES.get(lexicon.code()) == UnicodeScript.LATIN, write, folded);
    }

    private static Optional<GlossedLine> enough(GlossedLine line) {
        return line.coverage() < MIN_COVERAGE ? Optional.empty() : Optional.of(line);
    }

    /** The lexicons that may fit a line: those of its dominant non-Latin script, or of the Latin function words in it. */
    private List<GlossLexicon> candidates(String text, int from, int to) {
        ScriptCount count = ScriptCount.of(text, from, to);
        if (count.top() != null && count.topLetters() >= MIN_LETTERS && count.topLetters() >= SCRIPT_SHARE * count.letters()) {
            List<GlossLexicon> lexicons = byScript.getOrDefault(count.top(), List.of());
            if (count.top() != UnicodeScript.HAN) return lexicons;
            String language = count.kana() * 10 >= count.topLetters() ? "ja" : "zh";
            return lexicons.stream().filter(l -> l.code().equals(language)).toList();
        }
        return latin.isEmpty() || count.letters() < MIN_LETTERS ? List.of() : latinCandidates(text, from, to, count.beyondAscii());
    }

    /**
     * Every Latin-script lexicon when the line may be in one of their languages (one of their function words, or a
     * letter outside ASCII) and English function words are few; {@link #glossLine} keeps the one that knows most of it.
     */
    private List<GlossLexicon> latinCandidates(String text, int from, int to, boolean letterBeyondAscii) {
        int words = 0, english = 0;
        boolean hint = false;
        for (int i = from; i < to; ) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < to && (Character.isLetterOrDigit(text.charAt(end)) || Character.getType(text.charAt(end)) == Character.NON_SPACING_MARK)) end++;
            words++;
            if (ENGLISH_MARKERS.contains(text, i, end)) english++;
            else hint = hint || latinMarkers.contains(text, i, end);
            i = end;
        }
        if (english > ENGLISH_SHARE * words) return List.of();
        return hint || letterBeyondAscii ? latin : List.of();
    }

    /**
     * Vietnamese keeps its accents: they are its tones, and folding them merges dozens of words (đọc "read" and độc
     * "poison" both become "doc"). Elsewhere accents fold as {@link LightNormalizer} folds them, so text typed without
     * them still matches.
     */
    static boolean keepsAccents(String language) {
        return language.equals("vi");
    }

    /** Compatibility forms (and, unless kept, accents) folded, invisible characters dropped; case kept. */
    static String fold(String s, boolean keepAccents) {
        if (LightNormalizer.isAscii(s)) return s;
        StringBuilder visible = new StringBuilder(s.length());
        s.codePoints().filter(cp -> Character.getType(cp) != Character.FORMAT).forEach(visible::appendCodePoint);
        return keepAccents ? Normalizer.normalize(visible, Normalizer.Form.NFKC) : LightNormalizer.foldPattern(visible.toString());
    }

    /** One line folded both ways, each computed once, in its original case and in lower case, and its word spans. */
    private static final class Folded {
        private final String raw;
        private final String[] cased = new String[2], lower = new String[2];
        @SuppressWarnings("unchecked")
        private final List<int[]>[] spans = new List[2];

        Folded(String raw) {
            this.raw = raw;
        }

        String cased(boolean keepAccents) {
            int k = keepAccents ? 1 : 0;
            if (cased[k] == null) cased[k] = fold(raw, keepAccents);
            return cased[k];
        }

        String lower(boolean keepAccents) {
            int k = keepAccents ? 1 : 0;
            if (lower[k] == null) lower[k] = cased(keepAccents).toLowerCase(Locale.ROOT);
            return lower[k];
        }

        /** The words of {@link #lower}: the same for every lexicon that folds the same way. */
        List<int[]> spans(boolean keepAccents) {
            int k = keepAccents ? 1 : 0;
            if (spans[k] == null) spans[k] = LineGloss.wordSpans(lower(keepAccents));
            return spans[k];
        }
    }

    /** Letters of a line by script: the most frequent script other than Latin, how many kana, any letter beyond ASCII. */
    private record ScriptCount(UnicodeScript top, int topLetters, int letters, int kana, boolean beyondAscii) {
        static ScriptCount of(String s, int from, int to) {
            Map<UnicodeScript, Integer> counts = null;
            int letters = 0, kana = 0;
            boolean beyondAscii = false;
            for (int i = from; i < to; ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (cp < 128) {
                    if (cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z') letters++;
                    continue;
                }
                if (!Character.isLetter(cp)) continue;
                letters++;
                beyondAscii = true;
                UnicodeScript script = UnicodeScript.of(cp);
                if (script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA) {
                    kana++;
                    script = UnicodeScript.HAN;
                }
                if (script == UnicodeScript.LATIN || script == UnicodeScript.COMMON) continue;
                if (counts == null) counts = new HashMap<>();
                counts.merge(script, 1, Integer::sum);
            }
            UnicodeScript top = null;
            int most = 0;
            if (counts != null) {
                for (Map.Entry<UnicodeScript, Integer> e : counts.entrySet()) {
                    if (e.getValue() > most) {
                        top = e.getKey();
                        most = e.getValue();
                    }
                }
            }
            return new ScriptCount(top, most, letters, kana, beyondAscii);
        }
    }

    /**
     * Walks one folded line, counting the characters its lexicon knows and, when {@code write}, emitting glosses, kept
     * Latin words and sentence punctuation.
     */
    private static final class LineGloss {
        private final String s;
        private final boolean write;
        /** The line in its original case, or null where lower-casing changed its length. */
        private final String cased;
        private final GlossLexicon lexicon;
        private final StringBuilder out = new StringBuilder();
        private int matched, unmatched;

        /** Latin-script language: an unknown Latin word is one of its words the lexicon lacks, not a loanword. */
        private final boolean latinScript;

        private LineGloss(String s, String cased, GlossLexicon lexicon, boolean latinScript, boolean write) {
            this.s = s;
            this.write = write;
            this.latinScript = latinScript;
            this.cased = cased.length() == s.length() ? cased : null;
            this.lexicon = lexicon;
        }

        static GlossedLine of(String folded, String cased, GlossLexicon lexicon, boolean unspaced, boolean latinScript, boolean write,
                              Folded line) {
            LineGloss g = new LineGloss(folded, cased, lexicon, latinScript, write);
            if (unspaced) g.substrings();
            else g.words(line.spans(keepsAccents(lexicon.code())));
            int total = g.matched + g.unmatched;
            return new GlossedLine(g.out.toString().strip(), lexicon.code(), total == 0 ? 0 : (double) g.matched / total);
        }

        /** Spaced scripts: the longest phrase of up to {@code mostWords} space-separated words, exact or by stem. */
        private void words(List<int[]> words) {
            int i = 0;
            while (i < words.size()) {
                int[] w = words.get(i);
                punctuationBefore(i == 0 ? 0 : words.get(i - 1)[1], w[0]);
                boolean acronym = isAcronym(w[0], w[1]);
                int taken = acronym ? 0 : phraseAt(words, i);
                if (taken == 0) {
                    taken = 1;
                    String gloss = acronym ? null : withoutProclitic(w[0], w[1]);
                    if (gloss != null) emit(gloss, w[1] - w[0]);
                    else keepOrDrop(w[0], w[1]);
                }
                i += taken;
            }
            if (!words.isEmpty()) punctuationBefore(words.get(words.size() - 1)[1], s.length());
        }

        /** Words joined by single spaces from word i; the number of words glossed, 0 if none. */
        private int phraseAt(List<int[]> words, int i) {
            int[] first = words.get(i);
            int reach = 1;
            if (lexicon.mostWords() > 1 && lexicon.startsPhrase(s, first[0], first[1])) {
                while (reach < lexicon.mostWords() && i + reach < words.size() && isJoint(words.get(i + reach - 1)[1], words.get(i + reach)[0])) reach++;
            }
            for (int k = reach; k >= 2; k--) {
                int start = first[0], end = words.get(i + k - 1)[1];
                String phrase = GlossLexicon.joinParts(s.substring(start, end));
                int lastWord = phrase.length() - (end - words.get(i + k - 1)[0]);
                GlossLexicon.Match match = lexicon.longestAt(phrase, 0, phrase.length(), false);
                if (match != null && match.length() > lastWord) { // reaches into the last word, not a stem of the first alone
                    emit(match.gloss(), end - start);
                    return k;
                }
            }
            GlossLexicon.Match word = lexicon.longestAt(s, first[0], first[1], false);
            if (word == null) return 0;
            emit(word.gloss(), first[1] - first[0]);
            return 1;
        }

        /**
         * "AI", "API", "DAN" written in capitals among lower-case words: the English acronym, not a native word that
         * folds to the same letters (Vietnamese "ai" is "who", Indonesian "api" is "fire").
         */
        private boolean isAcronym(int from, int to) {
            if (cased == null || to - from < 2 || to - from > 4) return false;
            for (int k = from; k < to; k++) {
                char c = cased.charAt(k);
                if (c < 'A' || c > 'Z') return false;
            }
            for (int k = 0, n = cased.length(); k < n; k++) if (Character.isLowerCase(cased.charAt(k))) return true;
            return false;
        }

        /** One space, hyphen or apostrophe between two words: they may form one entry ("что-то", "пам'ять", "bỏ qua"). */
        private boolean isJoint(int from, int to) {
            return to - from == 1 && GlossLexicon.isJoiner(s.charAt(from));
        }

        private String withoutProclitic(int from, int to) {
            for (String p : lexicon.proclitics()) {
                if (to - from > p.length() + 1 && s.startsWith(p, from)) {
                    GlossLexicon.Match rest = lexicon.longestAt(s, from + p.length(), to, false);
                    if (rest != null) return rest.gloss();
                }
            }
            return null;
        }

        /** Unspaced scripts: at each position the longest known form, else one unknown character. */
        private void substrings() {
            int i = 0, n = s.length();
            while (i < n) {
                char c = s.charAt(i);
                if (c < 128 && Character.isLetterOrDigit(c)) {
                    int end = i;
                    while (end < n && s.charAt(end) < 128 && Character.isLetterOrDigit(s.charAt(end))) end++;
                    keepOrDrop(i, end);
                    i = end;
                } else if (isWordChar(s.codePointAt(i))) {
                    i += longestFormAt(i);
                } else {
                    if (write) punctuation(c);
                    i++;
                }
            }
        }

        private int longestFormAt(int i) {
            GlossLexicon.Match form = lexicon.longestAt(s, i, s.length(), true);
            if (form != null) {
                emit(form.gloss(), form.length());
                return form.length();
            }
            unmatched++;
            return Character.charCount(s.codePointAt(i));
        }

        static List<int[]> wordSpans(String s) {
            List<int[]> spans = new ArrayList<>();
            int i = 0, n = s.length();
            while (i < n) {
                if (!isWordChar(s.codePointAt(i))) {
                    i += Character.charCount(s.codePointAt(i));
                    continue;
                }
                int start = i;
                UnicodeScript script = UnicodeScript.of(s.codePointAt(i));
                while (i < n && isWordChar(s.codePointAt(i)) && sameScript(script, UnicodeScript.of(s.codePointAt(i)))) i += Character.charCount(s.codePointAt(i));
                spans.add(new int[]{start, i});
            }
            return spans;
        }

        private void emit(String gloss, int chars) {
            matched += chars;
            if (!write || gloss.isEmpty()) return;
            separate();
            out.append(gloss);
        }

        /** A Latin word (loanword, name, code) stays; an unknown word of the language is dropped. */
        private void keepOrDrop(int from, int to) {
            if (!LightNormalizer.isAscii(s, from, to)) {
                unmatched += to - from;
                return;
            }
            if (latinScript) unmatched += to - from;
            if (!write) return;
            separate();
            out.append(s, from, to);
        }

        private void punctuationBefore(int from, int to) {
            if (!write) return;
            for (int k = from; k < to; k++) punctuation(s.charAt(k));
        }

        /** Sentence punctuation survives, so the classifier can still score each sentence on its own. */
        private void punctuation(char c) {
            char mapped = switch (c) {
                case '.', '!', '?', ':', ';', ',' -> c;
                case '。', '｡' -> '.';
                case '、', '،' -> ',';
                case '؟' -> '?';
                case '؛' -> ';';
                case '।' -> '.';
                default -> ' ';
            };
            if (mapped == ' ') separate();
            else out.append(mapped).append(' ');
        }

        /** One space before the next word, unless the output is empty or already ends in one. */
        private void separate() {
            if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') out.append(' ');
        }

        /** "AI는", "DAN이야": a Latin word with a particle of another script attached is two words. */
        private static boolean sameScript(UnicodeScript word, UnicodeScript next) {
            return word == next || next == UnicodeScript.COMMON || next == UnicodeScript.INHERITED || word == UnicodeScript.COMMON;
        }

        private static boolean isWordChar(int cp) {
            if (Character.isLetterOrDigit(cp)) return true;
            int type = Character.getType(cp);
            return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
        }
    }

    private static final class Shipped {
        static final EnglishGloss GLOSS = new EnglishGloss(LANGUAGES.keySet().stream().sorted().map(GlossLexicon::fromResource).toList());
    }
}
