package dev.gantry.guard.classify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A fixed list of rules, prepared so that finding the strongest match is cheap: each rule's regex only runs when the
 * literals every match of it must contain ({@link RequiredLiterals}) occur in the text, and all those literals are
 * found in one pass (an Aho-Corasick automaton). Rules are tried strongest first and the first match wins, ties going
 * to the earlier rule, exactly as the strongest-of-all-matches over the list would. Immutable, thread-safe.
 */
public final class RuleSet {
    private final List<Rule> rules;
    /** Rule indices, strongest first; stable, so equal scores keep list order. */
    private final int[] byStrength;
    /**
     * Per rule, its alternative conjunctions as arrays of factor ids (a factor holds when one of its literals occurs),
     * or null when the rule has no prefilter and always runs.
     */
    private final int[][][] requirements;
    private final int factorCount;
    private final Automaton automaton;

    private RuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Integer[] order = new Integer[this.rules.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> this.rules.get(i).score()).reversed());
        this.byStrength = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        Map<String, List<Integer>> factorsOfLiteral = new LinkedHashMap<>();
        requirements = new int[this.rules.size()][][];
        int factors = 0;
        for (int i = 0; i < this.rules.size(); i++) {
            List<List<Set<String>>> dnf = RequiredLiterals.of(this.rules.get(i).pattern());
            if (dnf == null) continue;
            int[][] alternatives = new int[dnf.size()][];
            for (int a = 0; a < dnf.size(); a++) {
                List<Set<String>> conjunction = dnf.get(a);
                alternatives[a] = new int[conjunction.size()];
                for (int f = 0; f < conjunction.size(); f++) {
                    int id = factors++;
                    alternatives[a][f] = id;
                    for (String literal : conjunction.get(f)) factorsOfLiteral.computeIfAbsent(literal, k -> new ArrayList<>()).add(id);
                }
            }
            requirements[i] = alternatives;
        }
        this.factorCount = factors;
        this.automaton = new Automaton(factorsOfLiteral);
    }

    public static RuleSet of(List<Rule> rules) {
        return new RuleSet(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The strongest rule matching the normalised text (the first such in list order among equals), if any. */
    public Optional<Rule> strongest(String normalized) {
        long[] found = new long[(factorCount + 63) >>> 6];
        automaton.scan(normalized, found);
        for (int i : byStrength) {
            if (!mayMatch(i, found)) continue;
            Rule rule = rules.get(i);
            if (rule.matches(normalized)) return Optional.of(rule);
        }
        return Optional.empty();
    }

    private boolean mayMatch(int rule, long[] found) {
        int[][] alternatives = requirements[rule];
        if (alternatives == null) return true;
        for (int[] conjunction : alternatives) {
            boolean all = true;
            for (int f : conjunction) {
                if ((found[f >>> 6] & (1L << f)) == 0) {
                    all = false;
                    break;
                }
            }
            if (all) return true;
        }
        return false;
    }

    /** For tests: the requirement gating rule i, or null when it always runs. */
    List<List<Set<String>>> requirementOf(int i) {
        return requirements[i] == null ? null : RequiredLiterals.of(rules.get(i).pattern());
    }

    /** Dense Aho-Corasick automaton over the characters that occur in the literals; reports the factors they belong to. */
    private static final class Automaton {
        private final byte[] asciiClass = new byte[128];
        private final char[] otherChars;
        private final int[] otherClass;
        private final int classes;
        private final int[] next;
        private final int[][] output;

        Automaton(Map<String, List<Integer>> literals) {
            TreeSet<Character> alphabet = new TreeSet<>();
            for (String l : literals.keySet()) for (char c : l.toCharArray()) alphabet.add(c);
            List<Character> other = new ArrayList<>();
            int cls = 1; // class 0: characters in no literal
            Map<Character, Integer> classOf = new HashMap<>();
            for (char c : alphabet) {
                classOf.put(c, cls);
                if (c < 128) asciiClass[c] = (byte) cls;
                else other.add(c);
                cls++;
            }
            if (cls > 127) throw new IllegalStateException("too many distinct characters in rule literals: " + cls);
            classes = cls;
            otherChars = new char[other.size()];
            otherClass = new int[other.size()];
            for (int i = 0; i < other.size(); i++) {
                otherChars[i] = other.get(i);
                otherClass[i] = classOf.get(other.get(i));
            }
            // trie
            List<int[]> trie = new ArrayList<>();
            List<int[]> out = new ArrayList<>();
            trie.add(new int[classes]);
            out.add(null);
            for (Map.Entry<String, List<Integer>> e : literals.entrySet()) {
                int state = 0;
                for (char c : e.getKey().toCharArray()) {
                    int k = classOf.get(c);
                    if (trie.get(state)[k] == 0) {
                        trie.get(state)[k] = trie.size();
                        trie.add(new int[classes]);
                        out.add(null);
                    }
                    state = trie.get(state)[k];
                }
                out.set(state, union(out.get(state), e.getValue().stream().mapToInt(Integer::intValue).toArray()));
            }
            int states = trie.size();
            next = new int[states * classes];
            output = new int[states][];
            int[] fail = new int[states];
            for (int s = 0; s < states; s++) output[s] = out.get(s);
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int k = 0; k < classes; k++) {
                int child = trie.get(0)[k];
                next[k] = child;
                if (child != 0) {
                    fail[child] = 0;
                    queue.add(child);
                }
            }
            while (!queue.isEmpty()) {
                int s = queue.poll();
                output[s] = union(output[s], output[fail[s]]);
                for (int k = 0; k < classes; k++) {
                    int child = trie.get(s)[k];
                    if (child != 0) {
                        fail[child] = next[fail[s] * classes + k];
                        next[s * classes + k] = child;
                        queue.add(child);
                    } else {
                        next[s * classes + k] = next[fail[s] * classes + k];
                    }
                }
            }
        }

        /** Sets the bit of every factor one of whose literals occurs in the text. */
        void scan(String text, long[] found) {
            int state = 0;
            int classes = this.classes;
            int[] next = this.next;
            int[][] output = this.output;
            for (int i = 0, n = text.length(); i < n; i++) {
                char c = text.charAt(i);
                int k = c < 128 ? asciiClass[c] : otherClassOf(c);
                state = next[state * classes + k];
                int[] hits = output[state];
                if (hits != null) for (int f : hits) found[f >>> 6] |= 1L << f;
            }
        }

        private static int[] union(int[] a, int[] b) {
            if (a == null) return b;
            if (b == null) return a;
            return java.util.stream.IntStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().toArray();
        }

        private int otherClassOf(char c) {
            int i = Arrays.binarySearch(otherChars, c);
            return i < 0 ? 0 : otherClass[i];
        }
    }
}
