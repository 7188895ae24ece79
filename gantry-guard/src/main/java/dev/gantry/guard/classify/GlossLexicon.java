package dev.gantry.guard.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One language's word-to-English glosses, read from {@code /guard/gloss/<code>.tsv}: lines {@code form<TAB>gloss}, a
 * trailing {@code *} making the form a stem (any word beginning with it), an optional third column {@code m} marking a
 * function word that identifies the language, and a {@code # proclitics:} header for scripts that attach one-letter
 * words to the next (Arabic, Persian, Hebrew). Forms are folded as {@link EnglishGloss} folds text. Immutable.
 *
 * <p>Lookups walk a text's characters with an incremental string hash, checking a set of the hashes of every form's
 * prefixes, so a word the lexicon cannot match costs no allocation and usually a few steps.
 */
public final class GlossLexicon {
    private final String code;
    /** Folded form (words joined by one space) to gloss; a gloss of "" drops the word. */
    private final Map<String, String> exact;
    /** Folded stem to gloss. */
    private final Map<String, String> stems;
    /** The same two maps, looked up without cutting substrings. */
    private final FormTable exactTable, stemTable;
    /** Folded function words that identify the language (Latin-script languages). */
    private final Set<String> markers;
    /** Folded prefixes stripped before a second lookup, longest first. */
    private final List<String> proclitics;
    private final int longestForm, mostWords;
    /** Hashes of every prefix of every form, of every form, and of the first word of every form of several words. */
    private final IntSet prefixHashes = new IntSet(), formHashes = new IntSet(), phraseStartHashes = new IntSet();

    private GlossLexicon(String code, Map<String, String> exact, Map<String, String> stems, Set<String> markers, List<String> proclitics) {
        this.code = code;
        this.exact = Map.copyOf(exact);
        this.stems = Map.copyOf(stems);
        this.exactTable = new FormTable(this.exact);
        this.stemTable = new FormTable(this.stems);
        this.markers = Set.copyOf(markers);
        this.proclitics = List.copyOf(proclitics);
        int longest = 1, words = 1;
        for (Map<String, String> forms : List.of(exact, stems)) {
            for (String form : forms.keySet()) {
                longest = Math.max(longest, form.length());
                int h = 0;
                for (int i = 0; i < form.length(); i++) {
                    h = 31 * h + form.charAt(i);
                    prefixHashes.add(h);
                }
                formHashes.add(h);
                int space = form.indexOf(' ');
                if (space > 0) {
                    phraseStartHashes.add(form.substring(0, space).hashCode());
                    words = Math.max(words, form.split(" ").length);
                }
            }
        }
        this.longestForm = longest;
        this.mostWords = words;
    }

    /** ISO 639-1 code, e.g. "ru". */
    public String code() {
        return code;
    }

    public Map<String, String> exact() {
        return exact;
    }

    public Map<String, String> stems() {
        return stems;
    }

    public Set<String> markers() {
        return markers;
    }

    public List<String> proclitics() {
        return proclitics;
    }

    /** The most characters in a form. */
    public int longestForm() {
        return longestForm;
    }

    /** The most words in a form. */
    public int mostWords() {
        return mostWords;
    }

    /** Gloss that drops the word: a particle or case marker with no English counterpart. */
    static final String DROP = "-";

    public static GlossLexicon fromResource(String code) {
        String resource = "/guard/gloss/" + code + ".tsv";
        try (InputStream in = GlossLexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing classpath resource " + resource);
            return read(code, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gloss lexicon " + resource, e);
        }
    }

    /** Parses the lines of a lexicon file; a malformed line is an error naming its number, never skipped silently. */
    public static GlossLexicon read(String code, List<String> lines) {
        Map<String, String> exact = new HashMap<>();
        Map<String, String> stems = new HashMap<>();
        Set<String> markers = new HashSet<>();
        List<String> proclitics = List.of();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("# proclitics:")) {
                proclitics = List.of(fold(code, line.substring("# proclitics:".length())).trim().split("\\s+"));
                continue;
            }
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] columns = line.split("\t");
            if (columns.length < 2 || columns.length > 3 || columns.length == 3 && !columns[2].strip().equals("m"))
                throw new IllegalArgumentException(code + ".tsv line " + (i + 1) + ": expected form<TAB>gloss[<TAB>m], got: " + line);
            boolean stem = columns[0].strip().endsWith("*");
            String form = joinParts(fold(code, columns[0].strip().replace("*", "")).trim());
            if (form.isEmpty()) throw new IllegalArgumentException(code + ".tsv line " + (i + 1) + ": empty form");
            String gloss = columns[1].strip().equals(DROP) ? "" : columns[1].strip().toLowerCase(java.util.Locale.ROOT);
            (stem ? stems : exact).putIfAbsent(form, gloss);
            if (columns.length == 3) markers.add(form);
        }
        List<String> longestFirst = proclitics.stream().filter(p -> !p.isEmpty()).sorted(Comparator.comparingInt(String::length).reversed()).toList();
        return new GlossLexicon(code, exact, stems, markers, longestFirst);
    }

    /** Space, hyphen and apostrophes join the parts of one entry alike. */
    static boolean isJoiner(char c) {
        return c == ' ' || c == '-' || c == '\'' || c == '\u2019' || c == '\u02bc';
    }

    /** The parts of a form or phrase joined by single spaces, whatever joined them: "что-то" and "что то" look alike. */
    static String joinParts(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isJoiner(c) && !Character.isWhitespace(c)) out.append(c);
            else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') out.append(' ');
        }
        return out.toString().strip();
    }

    private static String fold(String code, String form) {
        return EnglishGloss.fold(form, EnglishGloss.keepsAccents(code)).toLowerCase(java.util.Locale.ROOT);
    }

    /** A form found in a text: how many characters it covers, and its gloss. */
    record Match(int length, String gloss) {
    }

    /**
     * The longest form that {@code s[from, to)} begins with, whole (any exact form) or not (a stem; in a script without
     * spaces every form matches so), or null. {@code s} is folded and lower-cased.
     */
    Match longestAt(String s, int from, int to, boolean exactMayEndInside) {
        Match best = null;
        int h = 0;
        for (int end = from + 1, last = Math.min(to, from + longestForm); end <= last; end++) {
            h = 31 * h + s.charAt(end - 1);
            if (!prefixHashes.contains(h)) break;
            if (!formHashes.contains(h)) continue;
            String gloss = exactMayEndInside || end == to ? exactTable.get(s, from, end, h) : null;
            if (gloss == null) gloss = stemTable.get(s, from, end, h);
            if (gloss != null) best = new Match(end - from, gloss);
        }
        return best;
    }

    /** Whether a form of several words begins with the word {@code s[from, to)}. */
    boolean startsPhrase(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) h = 31 * h + s.charAt(i);
        return phraseStartHashes.contains(h);
    }
}
