package dev.gantry.guard.classify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Dense Aho-Corasick automaton over the characters that occur in the literals; reports the factors they belong to. Its
 * table holds states x characters, so {@link ScriptedLiterals} gives each script its own.
 */
final class LiteralAutomaton {
    private final short[] asciiClass = new short[128];
    private final char[] otherChars;
    private final int[] otherClass;
    private final int classes;
    private final int[] next;
    private final int[][] output;

    LiteralAutomaton(Map<String, List<Integer>> literals) {
        TreeSet<Character> alphabet = new TreeSet<>();
        for (String l : literals.keySet()) for (char c : l.toCharArray()) alphabet.add(c);
        List<Character> other = new ArrayList<>();
        int cls = 1; // class 0: characters in no literal
        Map<Character, Integer> classOf = new HashMap<>();
        for (char c : alphabet) {
            classOf.put(c, cls);
            if (c < 128) asciiClass[c] = (short) cls;
            else other.add(c);
            cls++;
        }
        if (cls > Short.MAX_VALUE) throw new IllegalStateException("too many distinct characters in rule literals: " + cls);
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
        return IntStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().toArray();
    }

    private int otherClassOf(char c) {
        int i = Arrays.binarySearch(otherChars, c);
        return i < 0 ? 0 : otherClass[i];
    }
}
